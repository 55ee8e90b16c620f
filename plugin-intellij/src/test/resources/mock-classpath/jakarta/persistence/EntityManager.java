package jakarta.persistence;

public interface EntityManager {
    Query createNativeQuery(String sql);
    Query createQuery(String jpql);
}
