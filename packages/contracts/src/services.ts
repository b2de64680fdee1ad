// API shapes of 一网通办 (issue 3): the service item catalog's elements, and its catalog API.
export * from './services-elements.js';
export * from './services-catalog.js';
