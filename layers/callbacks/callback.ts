// The callback base: the hook names, `Logs`, and `Callback`, whose hooks do nothing.

import type { ModelLike } from "../_model.ts";

/** Names to numbers: "loss", "accuracy", "val_loss", ... */
export type Logs = Record<string, number>;

/** What `fit` tells callbacks (`this.params`). */
export interface CallbackParams {
  /** Epochs fit runs to (the `epochs` option). */
  epochs: number;
  /** Steps per epoch (or per evaluate/predict run), null when unknown. */
  steps: number | null;
  /** The verbosity in effect (0, 1 or 2). */
  verbose: number;
}

/** The hooks a callback may have. */
export interface CallbackHooks {
  /** Called when fit starts. */
  onTrainBegin?(logs: Logs): void | Promise<void>;
  /** Called when fit ends. */
  onTrainEnd?(logs: Logs): void | Promise<void>;
  /** Called when an epoch starts (epochs count from 0). */
  onEpochBegin?(epoch: number, logs: Logs): void | Promise<void>;
  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  onEpochEnd?(epoch: number, logs: Logs): void | Promise<void>;
  /** Called before each training batch. */
  onTrainBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  /** Called after each training batch, with the running logs. */
  onTrainBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
  /** Called when evaluate (or fit's validation) starts. */
  onTestBegin?(logs: Logs): void | Promise<void>;
  /** Called when evaluate ends, with its logs. */
  onTestEnd?(logs: Logs): void | Promise<void>;
  /** Called before each evaluation batch. */
  onTestBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  /** Called after each evaluation batch. */
  onTestBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
  /** Called when predict starts. */
  onPredictBegin?(logs: Logs): void | Promise<void>;
  /** Called when predict ends. */
  onPredictEnd?(logs: Logs): void | Promise<void>;
  /** Called before each prediction batch. */
  onPredictBatchBegin?(batch: number, logs: Logs): void | Promise<void>;
  /** Called after each prediction batch. */
  onPredictBatchEnd?(batch: number, logs: Logs): void | Promise<void>;
  /** Receives the model before the first hook. */
  setModel?(model: ModelLike): void;
  /** Receives fit's parameters before the first hook. */
  setParams?(params: CallbackParams): void;
}

/**
 * The names of the hooks.
 *
 * @internal
 */
export const HOOKS = [
  "onTrainBegin",
  "onTrainEnd",
  "onEpochBegin",
  "onEpochEnd",
  "onTrainBatchBegin",
  "onTrainBatchEnd",
  "onTestBegin",
  "onTestEnd",
  "onTestBatchBegin",
  "onTestBatchEnd",
  "onPredictBegin",
  "onPredictEnd",
  "onPredictBatchBegin",
  "onPredictBatchEnd",
] as const;

/** A hook's name. */
export type HookName = typeof HOOKS[number];

/**
 * The base class of callbacks: every hook does nothing; override those you
 * need. `this.model` and `this.params` are set before the first hook.
 *
 * @example
 * ```ts
 * import * as tf from "../../mod.ts";
 * class Losses extends tf.keras.callbacks.Callback {
 *   values: number[] = [];
 *   override onTrainBatchEnd(_batch: number, logs: tf.keras.callbacks.Logs) {
 *     this.values.push(logs.loss);
 *   }
 * }
 * ```
 */
export class Callback implements CallbackHooks {
  /** The model being trained, set by fit. */
  model: ModelLike | null = null;
  /** fit's parameters. */
  params: CallbackParams = { epochs: 0, steps: null, verbose: 0 };

  setModel(model: ModelLike): void {
    this.model = model;
  }
  setParams(params: CallbackParams): void {
    this.params = params;
  }
  /** Called when fit starts. */
  onTrainBegin(_logs: Logs): void | Promise<void> {}
  /** Called when fit ends. */
  onTrainEnd(_logs: Logs): void | Promise<void> {}
  /** Called when an epoch starts (epochs count from 0). */
  onEpochBegin(_epoch: number, _logs: Logs): void | Promise<void> {}
  /** Called when an epoch ends, with its logs (loss, metrics, val_ ones). */
  onEpochEnd(_epoch: number, _logs: Logs): void | Promise<void> {}
  /** Called before each training batch. */
  onTrainBatchBegin(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called after each training batch, with the running logs. */
  onTrainBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called when evaluate (or fit's validation) starts. */
  onTestBegin(_logs: Logs): void | Promise<void> {}
  /** Called when evaluate ends, with its logs. */
  onTestEnd(_logs: Logs): void | Promise<void> {}
  /** Called before each evaluation batch. */
  onTestBatchBegin(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called after each evaluation batch. */
  onTestBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called when predict starts. */
  onPredictBegin(_logs: Logs): void | Promise<void> {}
  /** Called when predict ends. */
  onPredictEnd(_logs: Logs): void | Promise<void> {}
  /** Called before each prediction batch. */
  onPredictBatchBegin(_batch: number, _logs: Logs): void | Promise<void> {}
  /** Called after each prediction batch. */
  onPredictBatchEnd(_batch: number, _logs: Logs): void | Promise<void> {}

  /** The model, or an error naming the callback when it runs outside fit. */
  protected requireModel(): ModelLike {
    if (this.model === null) {
      throw new Error(`${this.constructor.name}: no model; pass the callback to fit`);
    }
    return this.model;
  }
}
