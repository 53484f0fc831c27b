package io.peerlend.lending.fees;

import io.peerlend.lending.api.commands.PublishFeeSchedule;
import io.peerlend.lending.fees.domain.FeeSchedule;
import io.peerlend.lending.loans.domain.SecondaryMarketPolicy;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.pricing.domain.PricingPolicy;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.quotes.domain.FeePolicy;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Publishes the profile's fees (and pricing assumptions) when the service starts (an event only when they changed), so that disclosure's fee
 * schedule is the one lending charges, taken from its events rather than copied into disclosure's configuration.
 */
@Configuration(proxyBeanMethods = false)
class FeeSchedulePublisher {

    private static final Logger log = LoggerFactory.getLogger(FeeSchedulePublisher.class);

    private final CommandGateway commands;
    private final LoanProductPolicy product;
    private final FeePolicy fees;
    private final ServicingPolicy servicing;
    private final PricingPolicy pricing;
    private final SecondaryMarketPolicy secondaryMarket;

    FeeSchedulePublisher(
            CommandGateway commands,
            LoanProductPolicy product,
            FeePolicy fees,
            ServicingPolicy servicing,
            PricingPolicy pricing,
            SecondaryMarketPolicy secondaryMarket) {
        this.commands = commands;
        this.product = product;
        this.fees = fees;
        this.servicing = servicing;
        this.pricing = pricing;
        this.secondaryMarket = secondaryMarket;
    }

    @Bean
    static ConfigurerModule feeScheduleAggregate() {
        return configurer -> configurer.configureAggregate(FeeSchedule.class);
    }

    @EventListener(ApplicationReadyEvent.class)
    void publish() {
        PublishFeeSchedule schedule = new PublishFeeSchedule(
                product.currency(),
                fees.originationBpsByGrade(),
                servicing.provisionFund() ? servicing.provisionBpsByGrade() : Map.of(),
                servicing.servicingFeeBps(),
                servicing.lateFeeMinor(),
                servicing.lateFeeAfterDays(),
                pricing.marginBps(),
                pricing.assumedLossGivenDefault(),
                secondaryMarket.saleFeeBps());
        try {
            if (Boolean.TRUE.equals(commands.sendAndWait(schedule))) {
                log.info("fee schedule published for {}", product.currency());
            }
        } catch (ConcurrencyException anotherInstance) {
            // another instance, starting at the same moment, published the same profile first
            log.info("fee schedule for {} published by another instance", product.currency());
        }
    }
}
