/**
 * What callers send: the bodies of create and update requests, gate builders, and the options of list, export,
 * plot and statistics calls.
 *
 * <h2>One pattern for every option object</h2>
 *
 * <p>Every option or body type here is made the same way:
 * <ul>
 *   <li>a {@code final} class with a private constructor (never a record: a record's canonical constructor would
 *       freeze the list and order of its components into the API);</li>
 *   <li>a static {@code builder(...)} whose arguments are the values the object cannot do without (none for
 *       {@link cellengine.api.param.ListOptions}; the file and x channel for
 *       {@link cellengine.api.param.PlotRequest}; the format for {@link cellengine.api.param.EventExport});</li>
 *   <li>fluent setters on the nested {@code Builder} that refuse a bad value at once, with an exception naming the
 *       parameter;</li>
 *   <li>{@code build()}, which checks the rules that span several options;</li>
 *   <li>{@code toBuilder()}, which derives a changed copy: {@code options.toBuilder().skip(50).build()};</li>
 *   <li>accessors, and {@code equals}, {@code hashCode} and {@code toString} where the object is a value.</li>
 * </ul>
 * Static factories that return a built value are kept where they read well ({@link
 * cellengine.api.param.EventExport#fcs()}, {@link cellengine.api.param.ListOptions#none()}, {@link
 * cellengine.api.param.CloneOptions#defaults()}, {@link cellengine.api.param.ExperimentCreate#named(String)}).
 * There are no {@code withX} copy methods here; the records of {@link cellengine.api.model} keep theirs, since
 * they are the edited copies that the {@code *Update.diff(before, after)} methods compare.
 *
 * <p>{@link cellengine.api.param.GateSpec} follows the pattern too: it is what {@code CellEngine.postGate} takes.
 * The typed builders of {@link cellengine.api.param.Gates} make one from geometry; {@link
 * cellengine.api.param.GateSpec#builder(cellengine.api.model.Gate)} wraps a gate that exists already, and
 * {@link cellengine.api.param.GateSpec#toBuilder()} changes how a spec is created (another parent, no
 * population) with the same words the gate builders use.
 *
 * <p>Not option objects, and so outside the pattern: {@link cellengine.api.param.Gates} (static factories of gate
 * builders), the gate builders themselves ({@link cellengine.api.param.GateBuilder},
 * {@link cellengine.api.param.SimpleGateBuilder}, {@link cellengine.api.param.CompoundGateBuilder}),
 * {@link cellengine.api.param.PercentOf} (a choice among fixed references, made by its factories, with nothing to
 * set), {@link cellengine.api.param.JsonBody} (the interface of JSON bodies) and the enums.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}. Values here are immutable once built and checked where they are made,
 * so a bad parameter fails before any request is sent, with a message that names it. What the server returns is
 * in {@link cellengine.api.model}.
 *
 * @since 0.1
 */
package cellengine.api.param;
