package dev.brickoptima.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A Statement (PreparedStatement, CallableStatement) whose {@code execute*(String ...)} and {@code addBatch(String)}
 * texts the guard checks first; {@code getConnection()} answers the guarded connection, so code that reaches the
 * connection through a statement stays behind the guard.
 */
final class GuardedStatement implements InvocationHandler {
    private final Statement raw;
    private final Connection guardedConnection;
    private final Connection rawConnection;
    private final SqlGuard guard;

    private GuardedStatement(Statement raw, Connection guardedConnection, Connection rawConnection, SqlGuard guard) {
        this.raw = raw;
        this.guardedConnection = guardedConnection;
        this.rawConnection = rawConnection;
        this.guard = guard;
    }

    static Statement wrap(Statement raw, Class<? extends Statement> type, Connection guarded, Connection rawConnection, SqlGuard guard) {
        return (Statement) Proxy.newProxyInstance(GuardedStatement.class.getClassLoader(), new Class<?>[]{type},
            new GuardedStatement(raw, guarded, rawConnection, guard));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        switch (name) {
            case "execute":
            case "executeQuery":
            case "executeUpdate":
            case "executeLargeUpdate":
            case "addBatch":
                if (args != null && args.length > 0 && args[0] instanceof String) guard.enforce(rawConnection, (String) args[0]);
                return GuardedConnection.delegate(raw, method, args);
            case "getConnection":
                return guardedConnection;
            default:
                return GuardedConnection.common(proxy, raw, method, args);
        }
    }
}
