package uk.probationcareers.pay.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.pay.PayBand;

/**
 * The pay bands a route can name as what a trainee earns, by code.
 */
@Component
@Transactional(readOnly = true)
public class PayBandChoices {

	private final PayBandChoiceRepository bands;

	PayBandChoices(PayBandChoiceRepository bands) {
		this.bands = bands;
	}

	public Map<String, String> options(String blankChoice) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", blankChoice);
		for (PayBand band : this.bands.findAll(Sort.by("organisation", "band"))) {
			options.put(band.getCode(), band.getOrganisation() + ", " + band.getBand());
		}
		return options;
	}

	public Optional<PayBand> find(String code) {
		return (code == null || code.isBlank()) ? Optional.empty() : this.bands.findByCode(code);
	}

}
