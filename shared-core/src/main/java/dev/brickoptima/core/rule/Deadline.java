package dev.brickoptima.core.rule;

/**
 * The time budget of one unit of work (a statement, a plan), checked where the work happens: the parser, the node
 * walks and the rules call {@link #check()} once per node. A check is a countdown; the clock is read once every
 * {@value #STRIDE} checks, so a budget costs next to nothing. When it has passed, {@link #check()} throws
 * {@link DeadlineExceeded}, which the runner turns into an {@code analysis-timeout} finding. No threads and no timers,
 * so the same code bounds the JVM hosts and the TeaVM build. Not thread-safe: one per unit of work.
 */
public final class Deadline {
    /** Clock reads are this many checks apart (a node visit costs far less than 1/256 of a millisecond). */
    static final int STRIDE = 256;

    /** A deadline that never passes. */
    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    private final long endMillis;
    private int countdown = STRIDE;
    private boolean passed;

    /** Ends at {@code endMillis} (epoch); package-private for tests, hosts use {@link #after}. */
    Deadline(long endMillis) {
        this.endMillis = endMillis;
    }

    /** A deadline {@code budgetMillis} from now; a budget too large to add without overflow never passes. */
    public static Deadline after(long budgetMillis) {
        long now = System.currentTimeMillis();
        return new Deadline(budgetMillis >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + Math.max(0, budgetMillis));
    }

    /** Throws {@link DeadlineExceeded} once the deadline has passed; cheap enough to call per node. */
    public void check() {
        if (--countdown > 0) return;
        countdown = STRIDE;
        if (passedNow()) throw new DeadlineExceeded();
    }

    /** Whether the deadline has passed (reads the clock). */
    public boolean passedNow() {
        if (!passed && endMillis != Long.MAX_VALUE && System.currentTimeMillis() > endMillis) passed = true;
        return passed;
    }

    /** Thrown by {@link Deadline#check()}, at most once per unit of work. */
    public static final class DeadlineExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded() {
            super("time budget exceeded");
        }
    }
}
