// Public face of the core: the Doc, the data model, stages and errors.
export * from './model.js';
export * from './errors.js';
export { Doc, type Layers, type LayerName, type DocContext } from './doc.js';
export { createPipeline, type Stage, type Pipeline } from './stage.js';
export { contentId } from './id.js';
export { lowerBound, upperBound } from './bounds.js';
export { dataPath, packageRoot, readJsonData, readTsvData } from './data.js';
