/**
 * A typed name for a layer that a stage adds to the document. The stage (or shared module) that
 * owns the layer's type makes the key; the document stores the value by key without knowing its
 * type, so the document imports no stage and every reader gets the owner's type back.
 */
export interface LayerKey<Value> {
  readonly name: string;
  /** Never set: it only carries the value's type. */
  readonly value?: Value;
}

export function layerKey<Value>(name: string): LayerKey<Value> {
  return { name };
}
