package org.scrmportal.advisory.provider;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link SigningKeyRepository} on JPA. */
@Stateless
public class JpaSigningKeyRepository implements SigningKeyRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<StoredSigningKey> find() {
    return Optional.ofNullable(em.find(StoredSigningKey.class, StoredSigningKey.PORTAL));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insert(StoredSigningKey key) {
    em.persist(key);
    em.flush(); // the primary key refuses a second key here, not at some later commit
  }

  @Override
  public Optional<String> signature(String fingerprint, String sha512) {
    return Optional.ofNullable(
            em.find(StoredSignature.class, new StoredSignature.Key(fingerprint, sha512)))
        .map(StoredSignature::signature);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insertSignature(StoredSignature signature) {
    em.persist(signature);
    em.flush();
  }
}
