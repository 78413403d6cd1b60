package uk.probationcareers.pay.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;
import uk.probationcareers.pay.PayBand;

interface PayBandChoiceRepository extends Repository<PayBand, Long> {

	List<PayBand> findAll(Sort sort);

	Optional<PayBand> findByCode(String code);

}
