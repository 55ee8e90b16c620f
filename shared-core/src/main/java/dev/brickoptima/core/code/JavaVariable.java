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
 */
public record JavaVariable<N>(Kind kind, String name, boolean declaredFinal, N initializer, List<Assignment<N>> assignments,
                              Object constantValue, JavaType type, JavaStatement declaration) {
    public enum Kind { LOCAL, PARAMETER, FIELD }

    /**
     * An assignment to the variable.
     *
     * @param value  the right-hand side, or null for an operator whose result the core cannot judge
     * @param append whether it is {@code +=}
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
