package dev.brickoptima.core.sql;

/** The clause of the enclosing query a node sits in. */
public enum Clause {
    STATEMENT, WITH, SELECT, FROM, JOIN, ON, WHERE, GROUP_BY, HAVING, ORDER_BY, QUALIFY, WINDOW, LIMIT, SET, VALUES, OTHER;

    /** Clauses whose expressions filter rows. */
    public boolean isPredicate() {
        return this == WHERE || this == ON || this == HAVING || this == QUALIFY;
    }
}
