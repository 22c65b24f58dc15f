export * from './schemas';
export * from './merge';
export * from './batches';
export * from './hlc';
