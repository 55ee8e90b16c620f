package java.util;

public class ArrayList<E> implements List<E> {
    public boolean add(E e) { return true; }
    public Object[] toArray() { return null; }
}
