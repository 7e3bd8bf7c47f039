import { describe, expect, it } from 'vitest';
import { NewsDocument } from '../src/document/document.js';
import type { LayerKey } from '../src/document/layers.js';
import { type CoreLayer, type DocumentLayer, STAGES } from '../src/pipeline.js';
import { article } from './helpers.js';

const CORE: readonly CoreLayer[] = ['text', 'view', 'units', 'structure', 'tokens', 'sentences', 'numericEntities', 'entities'];
const nameOf = (layer: DocumentLayer): string => (typeof layer === 'string' ? layer : layer.name);

/** The document as each stage sees it: which core fields and keyed layers it reads, and which it sets. */
function watched(doc: NewsDocument): { doc: NewsDocument; reads: Set<string>; sets: Set<string> } {
  const reads = new Set<string>();
  const sets = new Set<string>();
  const proxy = new Proxy(doc, {
    set(target, property, value, receiver) {
      sets.add(property as string);
      return Reflect.set(target, property, value, receiver);
    },
    get(target, property, receiver) {
      if ((CORE as readonly (string | symbol)[]).includes(property)) reads.add(property as string);
      if (property === 'layer') return (key: LayerKey<unknown>) => (reads.add(key.name), target.layer(key));
      if (property === 'setLayer') return (key: LayerKey<unknown>, value: unknown) => (sets.add(key.name), target.setLayer(key, value));
      return Reflect.get(target, property, receiver);
    },
  });
  return { doc: proxy, reads, sets };
}

/** A fingerprint of every layer, to see which ones a stage changed. */
function layersOf(doc: NewsDocument): Map<string, string> {
  const layers = new Map<string, string>(CORE.map((name) => [name, JSON.stringify(doc[name])]));
  for (const stage of STAGES) for (const layer of stage.assigns) if (typeof layer !== 'string') layers.set(layer.name, JSON.stringify(doc.layer(layer)) ?? 'unset');
  return layers;
}

describe('the pipeline', () => {
  it('runs stages whose requirements earlier stages assign', () => {
    const made = new Set<string>(['text']);
    for (const stage of STAGES) {
      for (const layer of [...stage.requires, ...(stage.uses ?? [])]) expect(made, `${stage.name} needs ${nameOf(layer)}`).toContain(nameOf(layer));
      for (const layer of stage.assigns) made.add(nameOf(layer));
    }
  });

  it('holds every stage to its requires, uses and assigns on the bundled article', () => {
    const doc = new NewsDocument(article);
    for (const stage of STAGES) {
      const before = layersOf(doc);
      const { doc: seen, reads, sets } = watched(doc);
      stage.run(seen);
      const after = layersOf(doc);
      const changed = [...new Set([...sets, ...[...after.keys()].filter((name) => after.get(name) !== before.get(name))])].sort();
      const declared = new Set([...stage.requires, ...(stage.uses ?? []), ...stage.assigns].map(nameOf));
      expect({ stage: stage.name, changed }).toEqual({ stage: stage.name, changed: stage.assigns.map(nameOf).sort() });
      expect({ stage: stage.name, undeclared: [...reads].filter((name) => !declared.has(name)) }).toEqual({ stage: stage.name, undeclared: [] });
      expect({ stage: stage.name, unread: stage.requires.map(nameOf).filter((name) => !reads.has(name)) }).toEqual({ stage: stage.name, unread: [] });
    }
  });
});
