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
            case "unwrap":
                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : call(method, args);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(proxy) || (Boolean) call(method, args);
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "brickoptima guarded " + raw;
            default:
                return call(method, args);
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        return delegate(raw, method, args);
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
