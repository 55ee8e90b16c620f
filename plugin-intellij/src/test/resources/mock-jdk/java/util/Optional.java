package java.util;

public final class Optional<T> {
}
