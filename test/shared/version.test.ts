import {expect} from '@open-wc/testing';
import {VERSION} from '../../src/shared/version.js';

describe('VERSION', () => {
  it('equals package.json version', async () => {
    const pkg = await (await fetch(new URL('../../package.json', import.meta.url))).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
