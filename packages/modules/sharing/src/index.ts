// 一网共享 (issue 5): resource catalog, publishing, data-use requests, exchange gateway. Built in increments.
export {};
