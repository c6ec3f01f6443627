#!/usr/bin/env node
// Placeholder until the data build lands (issue 4): the widgets that need data files do not exist yet.
console.log('data build: nothing to build yet');
