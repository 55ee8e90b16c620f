package java.util;

public interface Map<K, V> {
    V get(Object key);
    V getOrDefault(Object key, V defaultValue);
    boolean containsKey(Object key);
    Set<Map.Entry<K, V>> entrySet();
    Set<K> keySet();
    static <K, V> Map<K, V> of() { return null; }
    static <K, V> Map<K, V> of(K k1, V v1) { return null; }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) { return null; }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) { return null; }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) { return null; }

    interface Entry<K, V> {
        K getKey();
        V getValue();
    }
}
