/**
 * `tf.keras.callbacks`: hooks that `fit`, `evaluate` and `predict` call,
 * with Keras's names in camelCase: `onTrainBegin(logs)`, `onTrainEnd(logs)`,
 * `onEpochBegin(epoch, logs)`, `onEpochEnd(epoch, logs)`,
 * `onTrainBatchBegin(batch, logs)`, `onTrainBatchEnd(batch, logs)`,
 * `onTestBegin/End(logs)`, `onTestBatchBegin/End(batch, logs)`,
 * `onPredictBegin/End(logs)`, `onPredictBatchBegin/End(batch, logs)`.
 * Epochs and batches count from 0; `logs` maps names ("loss", "accuracy",
 * "val_loss", ...) to numbers, as in Keras.
 *
 * A callback is a `Callback` subclass or any object with some of these
 * methods; a hook may return a Promise, which `fit` and `evaluate` await.
 * The built-ins: History, ProgbarLogger, EarlyStopping, ModelCheckpoint,
 * ReduceLROnPlateau, LearningRateScheduler, CSVLogger, LambdaCallback,
 * TerminateOnNaN.
 *
 * Order, as Keras 3: the user's callbacks in the order given, then History,
 * then the progress bar (so that values a callback adds to the epoch's logs,
 * such as `learning_rate`, show in History and on the bar).
 *
 * @example
 * ```ts
 * import * as tf from "../mod.ts";
 * const stop = new tf.keras.callbacks.EarlyStopping({ monitor: "val_loss", patience: 3, restoreBestWeights: true });
 * const printer = { onEpochEnd(epoch: number, logs: tf.keras.callbacks.Logs) { console.log(epoch, logs.loss); } };
 * // await model.fit(x, y, { epochs: 100, validationSplit: 0.2, callbacks: [stop, printer] });
 * ```
 *
 * @module
 */

export * from "./callbacks/callback.ts";
export * from "./callbacks/history.ts";
export * from "./callbacks/progbar_logger.ts";
export * from "./callbacks/callback_list.ts";
export * from "./callbacks/early_stopping.ts";
export * from "./callbacks/model_checkpoint.ts";
export * from "./callbacks/reduce_lr_on_plateau.ts";
export * from "./callbacks/learning_rate_scheduler.ts";
export * from "./callbacks/csv_logger.ts";
export * from "./callbacks/lambda_callback.ts";
export * from "./callbacks/terminate_on_nan.ts";
