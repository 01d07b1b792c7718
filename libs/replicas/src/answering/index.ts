export * from './answer-error';
export * from './answerer';
export * from './openai-answerer';
export * from './replica-answerers';
export * from './tenant-endpoint-answerer';
