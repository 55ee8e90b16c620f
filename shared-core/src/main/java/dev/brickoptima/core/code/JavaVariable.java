package dev.brickoptima.core.code;

import java.util.List;

/**
 * A resolved local variable, parameter or field.
 *
 * @param kind          what it is
 * @param name          its name
 * @param declaredFinal whether it is declared {@code final}
 * @param initializer   its initializer when declared in this file, else null
 * @param assignments   the assignments to it in this file after the declaration
 * @param constantValue its compile-time constant value, or null
 * @param type          its declared type, or null
 * @param declaration   the statement declaring it when that statement declares only this variable and sits in a
 *                      block (so it can be removed), else null
 * @param isStatic      whether it is a static field
 * @param iterated      for the variable of an enhanced {@code for}, the expression it iterates over, else null
 */
public record JavaVariable<N>(Kind kind, String name, boolean declaredFinal, N initializer, List<Assignment<N>> assignments,
                              Object constantValue, JavaType type, JavaStatement declaration, boolean isStatic, N iterated) {
    public enum Kind { LOCAL, PARAMETER, FIELD }

    /**
     * An assignment to the variable, or text appended to it when it is a {@code StringBuilder}/{@code StringBuffer}.
     *
     * @param value  the right-hand side (the appended value), or null for an operator whose result the core cannot judge
     * @param append whether it is {@code +=} or {@code append(value)}
     */
    public record Assignment<N>(N value, boolean append) {
    }

    public JavaVariable {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** Whether the value never changes after initialisation: final, or a local never assigned again. */
    public boolean fixed() {
        return declaredFinal || (kind == Kind.LOCAL && assignments.isEmpty());
    }
}
