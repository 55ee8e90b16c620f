package java.util;

public interface Collection<E> extends Iterable<E> {
    boolean add(E e);
    Object[] toArray();
}
