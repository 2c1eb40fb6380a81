// Types of the yieldscope module (yieldscope.js, a classic script defining the global
// createYieldscope) and of the page's wrapper around it (js/engine.js, the global YSEngine).
// The JSON shapes are those of docs/trace-format.md, version 1.

// ---- The module ---------------------------------------------------------------------------

/** Instantiates the wasm module; each call gives an independent instance. */
declare function createYieldscope(moduleOverrides?: object): Promise<YieldscopeModule>;

interface YieldscopeModule {
  Session: SessionConstructor;
}

interface SessionConstructor {
  /**
   * Defaults: step budget 10,000,000 instructions, output limit 4 MiB, memory cap 256 MiB,
   * tracebacks on stderr.
   */
  new (): Session;
  /** errorLineOnStdout: write only a traceback's last line, on stdout (the test corpus' convention). */
  new (errorLineOnStdout: boolean, stepBudget: number): Session;
  new (errorLineOnStdout: boolean, stepBudget: number, outputLimit: number): Session;
  /**
   * maxMemory: the bytes the program may allocate; past them it gets a MemoryError and the Session
   * stays usable (0: no cap, up to what the module's memory holds, 2 GiB).
   */
  new (errorLineOnStdout: boolean, stepBudget: number, outputLimit: number, maxMemory: number): Session;
}

type RunStatus = 'finished' | 'paused' | 'limit' | 'error';

interface CompileError {
  type: string; // "SyntaxError", "IndentationError", "TabError"
  message: string;
  line: number; // 1-based
  col: number; // 0-based, in characters
  endLine: number;
  endCol: number;
}

type LoadResult = { ok: true } | { ok: false; error: CompileError };

interface RunResult {
  status: RunStatus;
  /** Instructions executed since load(). */
  steps: number;
}

interface InspectorStats {
  historyBytes: number;
  historyEvents: number;
  /** The first step without recorded events (the history is capped at 256 MiB), or -1. */
  historyTruncatedAt: number;
  /** Seeks that replayed from the start. */
  replays: number;
  /** Replays parked part-way through the run, for seeks to go on from (see prepare()). */
  checkpoints: number;
  /** Instructions run by seeks and by prepare(). */
  replayedSteps: number;
  lastSnapshotMs: number;
  lastSeekMs: number;
  /** The most memory the replay recording the history held: equal to memory().peak. */
  replayMemoryPeak: number;
}

/** Bytes charged to the run's memory cap. */
interface MemoryStats {
  used: number;
  /** The most `used` has been since load(). */
  peak: number;
  /** The cap (SessionOptions' maxMemory). */
  limit: number;
}

/** A program run and the inspector over it. Must be freed with delete(). */
interface Session {
  load(source: string, filename: string): LoadResult;
  /** Runs at most maxSteps more instructions (0: to the end); call again while "paused". */
  run(maxSteps: number): RunResult;
  /** Steps of the run so far. */
  stepCount(): number;
  stdoutText(): string;
  stderrText(): string;
  /** Stdout and stderr as written up to the current position. */
  output(): string;
  exitStatus(): number;
  /** JSON of a Dis. */
  dis(): string;
  /** The CPython-style text listing. */
  disText(): string;
  /** The run's memory. */
  memory(): MemoryStats;

  /** The step the inspector stands at (-1 before anything ran; the last step after run()). */
  position(): number;
  /** Goes to the state right after step k (clamped); returns the new position. */
  seek(k: number): number;
  /**
   * Idle-time work that keeps seeks short on long runs: replays at most maxSteps
   * instructions towards the next checkpoint (a replay parked part-way through the
   * run, from which a seek goes on instead of replaying from the start). Returns
   * true while some are still missing; call it again when idle until it returns false.
   */
  prepare(maxSteps: number): boolean;
  /** JSON of a Snapshot at the position. */
  snapshot(): string;
  /** JSON of an Event[]: the events of steps from..to, inclusive. */
  events(from: number, to: number): string;
  // Navigation: each moves the position (or stays when there is nowhere to go) and returns it.
  stepForward(): number;
  stepBack(): number;
  nextLine(): number;
  prevLine(): number;
  /** The next line this frame reaches; skips calls, and a yield or await until this frame resumes. */
  stepOver(): number;
  /** Right after this frame returns, raises out or yields. */
  stepOut(): number;
  /** The next / previous step with an event of this kind ("yield", "output", a runtime event...). */
  nextEvent(kind: string): number;
  prevEvent(kind: string): number;
  stats(): InspectorStats;

  delete(): void;
  isDeleted(): boolean;
}

// ---- docs/trace-format.md -----------------------------------------------------------------

/** An inline repr (a JSON string holding the Python repr) or a ref to an entry of Snapshot.objects. */
type ValueRef = string | { ref: number };
/** Stack slots can be empty (NULL). */
type StackSlot = ValueRef | null;

type FrameKind = 'module' | 'class' | 'function' | 'generator' | 'coroutine' | 'async_generator' | 'native';
type GenState = 'CREATED' | 'RUNNING' | 'SUSPENDED' | 'CLOSED';

/**
 * A frame of the call stack. A "native" frame is a built-in function that is running
 * Python code for its caller (sorted()'s key, list() draining a generator, the event
 * loop's _run_once running a task step): its id is negative, it has no file, code,
 * line, locals or stack, and its back is the frame that called it. The Python frame
 * above it keeps its own f_back (that same caller).
 */
interface Frame {
  id: number;
  name: string;
  qualname: string;
  kind: FrameKind;
  /** null for a native frame. */
  file: string | null;
  /** Index in Dis.codes, or null for code that is not the loaded program's (and native frames). */
  code: number | null;
  /** null for a native frame. */
  line: number | null;
  /** Byte offset of its last instruction, -1 before it started. */
  lasti: number;
  locals: Record<string, ValueRef>;
  stack: StackSlot[];
  /** f_back: the frame it returns to, or that resumed it. */
  back: number | null;
  /** The generator / coroutine owning the frame. */
  owner: number | null;
}

interface Instruction {
  frame: number;
  code: number | null;
  offset: number;
  opname: string;
  arg: number | null;
}

interface TracebackEntry {
  frame: number;
  name: string;
  file: string;
  line: number;
}

interface ExceptionState {
  state: 'raised' | 'handled' | 'uncaught';
  type: string;
  text: string;
  ref: number | null;
  caught?: boolean;
  traceback: TracebackEntry[];
}

type ObjectKind =
  | 'list' | 'tuple' | 'dict' | 'set' | 'frozenset' | 'str' | 'bytes' | 'int' | 'instance'
  | 'function' | 'method' | 'builtin' | 'class' | 'module' | 'generator' | 'coroutine'
  | 'async_generator' | 'exception' | 'cell' | 'range' | 'code' | 'frame' | 'object';

interface ObjectEntry {
  kind: ObjectKind;
  type: string;
  repr: string;
  len?: number;
  items?: ValueRef[];
  entries?: [ValueRef, ValueRef][];
  attrs?: Record<string, ValueRef>;
  name?: string;
  qualname?: string;
  code?: number | null;
  closure?: Record<string, ValueRef>;
  function?: ValueRef;
  self?: ValueRef;
  module?: string;
  bases?: string[];
  state?: GenState;
  frame?: number | null;
  line?: number;
  delegate?: ValueRef | null;
  text?: string;
  args?: ValueRef[];
  contents?: ValueRef | null;
}

/** A value in an event: like ValueRef, objects also carry a short repr. */
type EventValue = string | { ref: number; repr: string };

interface EventBase {
  step: number;
  kind: string;
  frame?: number;
  line?: number;
}
interface LineEvent extends EventBase { kind: 'line'; frame: number; line: number }
interface CallEvent extends EventBase { kind: 'call'; frame: number; line: number; name: string }
interface ReturnEvent extends EventBase { kind: 'return'; frame: number; line: number; value: EventValue; gen?: number }
interface YieldEvent extends EventBase { kind: 'yield'; frame: number; line: number; gen: number; value: EventValue }
interface ResumeEvent extends EventBase {
  kind: 'resume';
  frame: number;
  line: number;
  gen: number;
  how: 'next' | 'send' | 'throw' | 'close';
  value?: EventValue;
  exception?: { ref: number; text: string };
}
interface ExceptionEvent extends EventBase {
  kind: 'exception' | 'handled' | 'unwind';
  frame: number;
  line: number;
  exception: { ref: number; text: string };
}
interface GenCreatedEvent extends EventBase {
  kind: 'gen_created';
  gen: number;
  genKind: 'generator' | 'coroutine' | 'async_generator';
  name: string;
}
interface GenStateEvent extends EventBase { kind: 'gen_state'; gen: number; from: GenState; state: GenState }
interface GenFinalizeEvent extends EventBase { kind: 'gen_finalize'; gen: number }
interface OutputEvent extends EventBase { kind: 'output'; stream: 'stdout' | 'stderr'; text: string }
/** Events of runtime layers (the event loop) have kinds and fields of their own. */
interface RuntimeEvent extends EventBase { [field: string]: unknown }

type TraceEvent =
  | LineEvent | CallEvent | ReturnEvent | YieldEvent | ResumeEvent | ExceptionEvent
  | GenCreatedEvent | GenStateEvent | GenFinalizeEvent | OutputEvent | RuntimeEvent;

interface LoopHandle {
  id: number;
  kind: 'handle' | 'timer';
  /** Timers: the deadline on the virtual clock. */
  when?: number;
  callback: string;
  cancelled: boolean;
}

interface LoopState {
  clock: number;
  stopping: boolean;
  currentTask: ValueRef | null;
  /** The ready queue, next to run first (at most 50). */
  ready: LoopHandle[];
  readyCount: number;
  /** The timer heap in heap order (entry 0 is the earliest deadline; at most 50). */
  timers: LoopHandle[];
  timerCount: number;
  /** Tasks not yet done, oldest first (at most 50). */
  tasks: ValueRef[];
}

interface Snapshot {
  version: 1;
  step: number;
  steps: number;
  status: 'running' | 'loaded' | RunStatus;
  events: TraceEvent[];
  event: TraceEvent | null;
  file: string | null;
  line: number | null;
  col: number | null;
  endLine: number | null;
  endCol: number | null;
  instruction: Instruction | null;
  /** The call stack, innermost first. */
  frames: Frame[];
  /** Frames of generators and coroutines not on the stack. */
  suspended: Frame[];
  globals: Record<string, ValueRef>;
  exception: ExceptionState | null;
  /** The event loop whose run_forever is running, or null. */
  loop: LoopState | null;
  output: { length: number; bytes: number };
  objects: Record<string, ObjectEntry>;
  omitted: number;
}

interface DisInstruction {
  offset: number;
  opname: string;
  arg: number | null;
  argrepr: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  target: boolean;
}

interface DisHandler {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

interface DisCode {
  index: number;
  name: string;
  qualname: string;
  file: string;
  firstLine: number;
  flags: number;
  instructions: DisInstruction[];
  exceptionTable: DisHandler[];
}

interface Dis {
  version: 1;
  codes: DisCode[];
}

// ---- js/engine.js -------------------------------------------------------------------------

interface InspectOptions {
  filename?: string;
  stepBudget?: number;
  outputLimit?: number;
  /** Bytes the program may allocate (default 256 MiB). */
  maxMemory?: number;
  /** Instructions per slice; the page yields to the browser between slices. */
  sliceSteps?: number;
  onProgress?: (p: { steps: number }) => void;
}

interface YSInspector {
  /** How the run ended. */
  readonly status: RunStatus;
  readonly steps: number;
  position(): number;
  snapshot(): Snapshot;
  seek(step: number): Snapshot;
  stepForward(): Snapshot;
  stepBack(): Snapshot;
  nextLine(): Snapshot;
  prevLine(): Snapshot;
  stepOver(): Snapshot;
  stepOut(): Snapshot;
  nextEvent(kind: string): Snapshot;
  prevEvent(kind: string): Snapshot;
  events(from?: number, to?: number): TraceEvent[];
  output(): string;
  dis(): Dis;
  stats(): InspectorStats;
  /** Frees the Session; the inspector is unusable afterwards. */
  dispose(): void;
}

interface RunOutcome {
  status: 'finished' | 'error' | 'limit' | 'stopped';
  steps: number;
  ms: number;
  stdout: string;
  stderr: string;
  exitStatus: number;
  compileError: CompileError | null;
}

declare const YSEngine: {
  init(): Promise<YieldscopeModule>;
  /** Runs a program, reporting output as it grows. */
  start(
    source: string,
    options?: {
      filename?: string;
      sliceSteps?: number;
      stepBudget?: number;
      /** Bytes the program may allocate (default 256 MiB). */
      maxMemory?: number;
      onProgress?: (p: { stdout: string; stderr: string; steps: number }) => void;
    },
  ): { stop(): void; done: Promise<RunOutcome> };
  /** Runs a program to its end and hands back an inspector over its steps. */
  inspect(source: string, options?: InspectOptions): Promise<YSInspector | { compileError: CompileError }>;
};
