package dev.brickoptima.core.plan;

/** Shape of the plan text the parser recognized. */
public enum PlanFormat {
    /** EXPLAIN FORMATTED, the Spark UI "Details" block and the REST planDescription: numbered tree + detail blocks. */
    FORMATTED,
    /** EXPLAIN / df.explain() / the physical section of EXPLAIN EXTENDED: arguments on the tree line. */
    CLASSIC
}
