package dev.brickoptima.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A {@link Connection} whose statements the guard checks before they reach PostgreSQL: the text given to
 * {@code prepareStatement} and {@code prepareCall} (once, when prepared: with unknown parameters its generic plan),
 * and to a Statement's {@code execute*} and {@code addBatch}. Everything else goes to the driver's connection as is.
 * {@code unwrap} to a driver type (PGConnection) returns the driver's own object, which the guard does not watch.
 */
final class GuardedConnection implements InvocationHandler {
    private final Connection raw;
    private final SqlGuard guard;

    private GuardedConnection(Connection raw, SqlGuard guard) {
        this.raw = raw;
        this.guard = guard;
    }

    static Connection wrap(Connection raw, SqlGuard guard) {
        return (Connection) Proxy.newProxyInstance(GuardedConnection.class.getClassLoader(), new Class<?>[]{Connection.class},
            new GuardedConnection(raw, guard));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "createStatement":
                return GuardedStatement.wrap((Statement) call(method, args), Statement.class, (Connection) proxy, raw, guard);
            case "prepareStatement":
                guard.enforcePrepared(raw, (String) args[0]);
                return GuardedStatement.wrap((Statement) call(method, args), PreparedStatement.class, (Connection) proxy, raw, guard);
            case "prepareCall":
                guard.enforcePrepared(raw, (String) args[0]);
                return GuardedStatement.wrap((Statement) call(method, args), CallableStatement.class, (Connection) proxy, raw, guard);
            default:
                return common(proxy, raw, method, args);
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        return delegate(raw, method, args);
    }

    /**
     * What every guard proxy answers alike: {@code unwrap}/{@code isWrapperFor} (the proxy for the JDBC interface it
     * implements, the driver's object for driver types), identity {@code equals}/{@code hashCode}, {@code toString};
     * every other method goes to the driver's object.
     */
    static Object common(Object proxy, Object raw, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : delegate(raw, method, args);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) delegate(raw, method, args);
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "brickoptima guarded " + raw;
            default:
                return delegate(raw, method, args);
        }
    }

    /** Calls the driver's method and rethrows what it threw, not a reflection wrapper. */
    static Object delegate(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
