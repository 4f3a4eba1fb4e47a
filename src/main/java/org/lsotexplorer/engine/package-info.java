/**
 * Training runs: the transport solvers (lsot, critic-rays, exact, sinkhorn) as steppable objects, immutable snapshots for the screen, and run folders (manifest, metrics, figures). One worker thread owns every ND4J array of a run. No JavaFX.
 *
 * <h2>Keeping runs: the API the window uses</h2>
 * Everything below is plain Java (records, arrays, {@code JsonNode}); no ND4J type reaches the caller.
 * <ul>
 *   <li><b>Save</b> (File &gt; Save run): on the worker, e.g.
 *       {@code session.submit(run -> { RunBundle.saveNow(dir, run, seconds); return dir; }, ...)}. Writes a format-2 folder (README "Run folders"): {@code complete} when the run
 *       is done, else {@code running} (resumable). Then {@code loop.setRunFolder(dir.toString())} so branches name
 *       it as their parent.</li>
 *   <li><b>Open</b> (File &gt; Open run, Open recent, {@code Launcher DIR}): {@code OpenedRun o = OpenedRun.open(dir)}
 *       (any thread; an {@code IOException} carries a one-line message for the user). {@code o.kind()} is
 *       {@link org.lsotexplorer.engine.BundleKind#TOY toy}, {@code image} or {@code codes}; {@code o.state()},
 *       {@code o.metrics()}, {@code o.manifest()}, {@code o.history()}. For a toy run with {@code o.resumable()}:
 *       {@code loop.reset(o::restore)} installs it paused at its saved step (the plane shows that state, Train
 *       continues it bit for bit); {@code o.settings()} fills the settings form.</li>
 *   <li><b>Timeline</b>: the {@link org.lsotexplorer.engine.TrainingLoop} keeps a
 *       {@link org.lsotexplorer.engine.Timeline} of the current run (a checkpoint every 10 steps, 256 MB budget,
 *       oldest thinned first, every fourth a copy of the arrays and the ones between replayed from it;
 *       {@code loop.configureTimeline(k, bytes)} changes spacing and budget). Slider ticks:
 *       {@code loop.timeline().steps()}; scrub: {@code loop.showStep(step)} (requests collapse; the plane slot then
 *       holds that step's exact state, the run itself is untouched and Train continues it); charts while
 *       scrubbing: {@code loop.timeline().historyUpTo(step)}. "Branch here": {@code loop.branch(step, settings)}
 *       with the settings form's values (same target, solver, seed, code count and source; another learning rate
 *       or step budget is fine): a new paused run whose {@code parent()} names the run folder and step, written
 *       into its manifest when saved.</li>
 *   <li><b>Capture</b> without the loop: {@link org.lsotexplorer.engine.RunCheckpoint#capture} and
 *       {@code restore(...)} on the owning thread.</li>
 * </ul>
 * Cost: a timeline capture copies the networks' parameters and Adam moments (about 6 MB for the default 3x512
 * discriminator); restoring rebuilds the run from its seed and, for lsot's refinement, sinkhorn and exact, replays the
 * steps after the captured base, so showing a step in the refinement takes as long as those steps did.
 */
package org.lsotexplorer.engine;
