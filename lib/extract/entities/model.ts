import { compactWeights, decodeWeights, type CompactWeights, type ModelFile } from './codec';
import { HASH_BITS } from './features';
import modelFile from './model.json';
import { LABELS } from './tagger';

/** The shipped tagger weights, decoded once at first use (~2.5 MB in memory). */
let weights: CompactWeights | null = null;

export function taggerWeights(): CompactWeights {
  if (weights) return weights;
  const file = modelFile as ModelFile;
  // A model trained with other features or labels would tag garbage without complaint: fail loudly.
  if (file.hashBits !== HASH_BITS || file.labels.join() !== LABELS.join()) {
    throw new Error('entity model does not match the feature code; run scripts/train-entities.ts');
  }
  weights = compactWeights(decodeWeights(file), LABELS.length);
  return weights;
}
