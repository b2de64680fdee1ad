// 12345 hotline and 一网统管 event centre (issue 4). So far: the text classifier; work orders follow.
export * from './classifier/index.js';
