package io.suanli.core.distribution.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The stored levels of the distribution center. */
@ApplicationScoped
public class DistributionRepository {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    public LevelRow level(String code) {
        return code == null ? null : em.find(LevelRow.class, code);
    }

    public void persist(Object row) {
        em.persist(row);
        em.flush();
    }

    /** Tier 1 first, then by code. */
    public List<LevelRow> levels() {
        return em.createQuery("select l from LevelRow l order by l.tier, l.code", LevelRow.class).getResultList();
    }
}
