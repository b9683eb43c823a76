/**
 * A small, exact neural-network core in plain Java, double precision: fully connected layers,
 * SELU, tanh and alpha dropout, regression losses, Adam and learning-rate schedules.
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li><b>Feature-major batches.</b> A batch of {@code n} columns with {@code d} features is a
 *       {@code double[d][]} whose row {@code f} holds feature {@code f} of every column in
 *       {@code [0, n)}. Rows are separate arrays with a fixed capacity (the layer's
 *       {@code maxColumns}); only the first {@code n} entries are read or written. This layout
 *       lets the JIT vectorise the inner loops.</li>
 *   <li><b>Flat parameters.</b> All trainable values of a model live in one {@link
 *       io.bellamy.nn.Parameters} array with a parallel gradient array, cut into named groups
 *       that can be frozen; layers address their slice by offset.</li>
 *   <li><b>No allocation in the hot path.</b> Layers allocate their caches and scratch space at
 *       construction, sized for {@code maxColumns}.</li>
 *   <li><b>Explicit randomness.</b> Initialisation and dropout masks draw from a caller-supplied
 *       {@link java.util.SplittableRandom}.</li>
 * </ul>
 * Backward methods <em>add</em> to the parameter gradients (call {@link
 * io.bellamy.nn.Parameters#zeroGradients()} first) and <em>overwrite</em> the input gradient.
 */
package io.bellamy.nn;
