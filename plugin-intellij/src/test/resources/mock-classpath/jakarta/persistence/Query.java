package jakarta.persistence;

public interface Query {
    Query setParameter(int position, Object value);
    java.util.List getResultList();
}
