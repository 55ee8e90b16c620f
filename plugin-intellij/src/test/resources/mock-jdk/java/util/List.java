package java.util;

public interface List<E> extends Collection<E> {
    static <E> List<E> of(E e1, E e2) { return null; }
    static <E> List<E> of(E e1, E e2, E e3) { return null; }
}
