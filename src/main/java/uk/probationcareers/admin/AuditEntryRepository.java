package uk.probationcareers.admin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append-only: entries are saved and read, never updated or deleted, so this repository
 * offers no way to do either.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	@EntityGraph(attributePaths = "changes")
	@Query("select e from AuditEntry e where e.recordType = ?1 and e.recordId = ?2 order by e.occurredAt desc, e.id desc")
	List<AuditEntry> findByRecord(String recordType, Long recordId);

	@EntityGraph(attributePaths = "changes")
	@Query("select e from AuditEntry e where e.id in ?1 order by e.id desc")
	List<AuditEntry> findNewestFirst(Collection<Long> ids);

	Optional<AuditEntry> findById(long id);

	@Query(value = "select e from AuditEntry e order by e.occurredAt desc, e.id desc",
			countQuery = "select count(e) from AuditEntry e")
	Page<AuditEntry> findNewestFirst(Pageable pageable);

}
