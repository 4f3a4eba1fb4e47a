/**
 * Neural networks on ND4J with hand-written backward passes: the MLP, Adam, and the training losses (LSOT semi-dual,
 * WGAN-GP with its exact double back-propagation, ray-length regression). No JavaFX.
 *
 * <ul>
 *   <li>{@link org.lsotexplorer.model.MlpOptions} (shape) and {@link org.lsotexplorer.model.Mlp} (forward, backward,
 *       input gradient, flat parameters), {@link org.lsotexplorer.model.MlpGradients},
 *       {@link org.lsotexplorer.model.Activation};</li>
 *   <li>{@link org.lsotexplorer.model.Adam};</li>
 *   <li>losses returning a {@link org.lsotexplorer.model.LossValue}: {@link org.lsotexplorer.model.SemiDualLoss}
 *       (method.md 3.1), {@link org.lsotexplorer.model.CriticLoss} (3.2 step 1),
 *       {@link org.lsotexplorer.model.RayLengthRegressionLoss} (3.2 step 4);</li>
 *   <li>{@link org.lsotexplorer.model.MlpCheckpoint}, a versioned binary format;</li>
 *   <li>{@link org.lsotexplorer.model.CriticStepWorkload} and {@link org.lsotexplorer.model.SemiDualStepWorkload}
 *       for {@code bench}.</li>
 *   <li>{@link org.lsotexplorer.model.NativeBackendChoice} (oneDNN or generic libnd4j, chosen from the CPU's flags
 *       before ND4J loads) and {@link org.lsotexplorer.model.BlasMatrixProducts} (float gemm for the blocked cell
 *       search of {@code math.ot}).</li>
 *   <li>Process memory: {@link org.lsotexplorer.model.NativeMemory} (resident set, heap, JavaCPP bytes) and the
 *       {@link org.lsotexplorer.model.HeapGovernor} (a full collection when the committed heap passes its ceiling,
 *       which also frees the off-heap buffers of dropped ND4J arrays; the window and {@code bench soak} start it).</li>
 * </ul>
 * Call {@link org.lsotexplorer.model.Nd4jRuntime#init()} once before any ND4J work. Every object here is owned by one
 * thread (the training thread of architecture.md); none is thread-safe. All random draws come from seeds, and the
 * same seed and inputs give bit-identical results.
 */
package org.lsotexplorer.model;
