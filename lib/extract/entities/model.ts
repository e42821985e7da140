import { decodeWeights, type ModelFile } from './codec';
import { HASH_BITS } from './features';
import modelFile from './model.json';
import { LABELS, type Weights } from './tagger';

/** The shipped tagger weights, decoded once at first use (~7 MB of float32 in memory). */
let weights: Float32Array | null = null;

export function taggerWeights(): Weights {
  if (weights) return weights;
  const file = modelFile as ModelFile;
  // A model trained with other features or labels would tag garbage without complaint: fail loudly.
  if (file.hashBits !== HASH_BITS || file.labels.join() !== LABELS.join()) {
    throw new Error('entity model does not match the feature code; run scripts/train-entities.ts');
  }
  weights = decodeWeights(file);
  return weights;
}
