// The stage interface and the pipeline that checks what each stage reads and writes.
import { Doc, type LayerName } from './doc.js';
import { PipelineError, errorMessage } from './errors.js';

/** One analysis step. It reads the layers it `requires` and writes exactly the layers it `assigns`. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): void;
}

/** An ordered, validated list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/**
 * Build a pipeline, checking once that every stage's requirements are assigned by an earlier stage
 * and that no two stages assign the same layer.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) {
        throw new PipelineError(
          'PIPELINE_INVALID',
          `stage "${stage.name}" requires layer "${need}", which no earlier stage assigns`,
          { stage: stage.name },
        );
      }
    }
    for (const layer of stage.assigns) {
      const other = assigned.get(layer);
      if (other) {
        throw new PipelineError('PIPELINE_INVALID', `stages "${other}" and "${stage.name}" both assign "${layer}"`, {
          stage: stage.name,
        });
      }
      assigned.set(layer, stage.name);
    }
  }
  return {
    stages,
    run(doc: Doc): Doc {
      for (const stage of stages) {
        try {
          stage.run(doc);
        } catch (err) {
          if (err instanceof PipelineError) throw err;
          throw new PipelineError(
            'STAGE_FAILED',
            `stage "${stage.name}" failed on ${doc.article.input ?? doc.article.id}: ${errorMessage(err)}`,
            { stage: stage.name, document: doc.article.id },
            { cause: err },
          );
        }
        for (const layer of stage.assigns) {
          if (!doc.has(layer)) {
            throw new PipelineError('PIPELINE_INVALID', `stage "${stage.name}" did not write "${layer}"`, {
              stage: stage.name,
              document: doc.article.id,
            });
          }
        }
      }
      return doc;
    },
  };
}
