package org.perfbook.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.model.ReturnReceipt;
import org.perfbook.model.Source;
import org.perfbook.returns.ReturnFile;
import org.perfbook.template.TemplateLayout;
import org.perfbook.text.PeriodWords;
import org.perfbook.text.ReturnWords;

/**
 * Who owes a return for a period (every service with an indicator due), and whether each arrived, on
 * time, late or replaced by a later one. A missing return is an error, so a gap never passes silently.
 */
public final class ReturnsTracking {

    /** The council's clock: a return saved on the due date, UK time, is on time. */
    static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

    /**
     * @param receipts       one per service that owes a return, catalogue order, then any superseded returns
     * @param missingReturns a {@code missing-return} error per service that sent none, naming the service
     * @param notReported    the indicators of the services that sent none
     */
    public record Tracking(List<ReturnReceipt> receipts, List<FindingContext> missingReturns, Set<String> notReported) {
        public Tracking {
            receipts = List.copyOf(receipts);
            missingReturns = List.copyOf(missingReturns);
            notReported = Set.copyOf(notReported);
        }

        /** The {@code missing-return} errors. */
        public List<Finding> findings() {
            return missingReturns.stream().map(FindingContext::finding).toList();
        }

        public List<String> missing() {
            return receipts.stream().filter(r -> r.state() == ReturnReceipt.State.MISSING).map(ReturnReceipt::service)
                    .toList();
        }

        /** The same receipts with each return's errors and warnings counted from {@code findings}. */
        public Tracking counting(Collection<Finding> findings) {
            // errors and warnings by file, counted in one pass (a thousand returns have tens of thousands of findings)
            Map<String, long[]> byFile = new HashMap<>();
            for (Finding x : findings) {
                byFile.computeIfAbsent(x.source().file(), f -> new long[2])[x.isError() ? 0 : 1]++;
            }
            List<ReturnReceipt> counted = receipts.stream().map(r -> {
                if (r.file().isEmpty()) {
                    return r;
                }
                long[] n = byFile.getOrDefault(r.file(), new long[2]);
                return new ReturnReceipt(r.service(), r.contact(), r.file(), r.saved(), r.due(), r.state(), n[0], n[1]);
            }).toList();
            return new Tracking(counted, missingReturns, notReported);
        }

        /** "11 of 12 returns received; missing: Public Health". */
        public String summary() {
            return ReturnWords.summary(receipts);
        }
    }

    private ReturnsTracking() {
    }

    /**
     * @param files      the returns read for the period, superseded ones included
     * @param superseded returns replaced by a later one for the same service and period
     * @param folder     where the period's returns were looked for, as shown to the user
     */
    public static Tracking track(Catalogue catalogue, Period period, List<ReturnFile> files,
            Map<ReturnFile, ReturnFile> superseded, String folder) {
        LocalDate due = TemplateLayout.dueDate(period);
        List<ReturnReceipt> receipts = new ArrayList<>();
        List<FindingContext> out = new ArrayList<>();
        Set<String> notReported = new LinkedHashSet<>();
        // each service's return for the period: the last of its returns not superseded
        Map<String, ReturnFile> latest = new HashMap<>();
        for (ReturnFile f : files) {
            if (!superseded.containsKey(f) && f.identity() != null && f.identity().period().equals(period)) {
                latest.put(serviceKey(f.identity().service()), f);
            }
        }
        for (String service : catalogue.services()) {
            List<Indicator> owed = catalogue.indicatorsDue(service, period);
            if (owed.isEmpty()) {
                continue;
            }
            ReturnFile used = latest.get(serviceKey(service));
            if (used == null) {
                List<String> ids = owed.stream().map(Indicator::id).toList();
                notReported.addAll(ids);
                receipts.add(new ReturnReceipt(service, "", "", null, due, ReturnReceipt.State.MISSING, 0, 0));
                Finding missing = Finding.error(Source.of(folder), FindingCode.MISSING_RETURN, "No return from "
                        + service + " for " + period.label() + " (due " + PeriodWords.day(due) + "). Its "
                        + (ids.size() == 1 ? "indicator " : "indicators ") + String.join(", ", ids)
                        + (ids.size() == 1 ? " is" : " are") + " shown as \"Return not received\" in the book. "
                        + "Ask the service to send it, then build again.");
                out.add(new FindingContext(missing, period, service, "", ""));
                continue;
            }
            receipts.add(receipt(service, used, due, late(used.saved(), due) ? ReturnReceipt.State.LATE
                    : ReturnReceipt.State.RECEIVED));
        }
        superseded.keySet().stream().filter(f -> f.identity() != null && f.identity().period().equals(period))
                .forEach(f -> receipts.add(receipt(f.identity().service(), f, due, ReturnReceipt.State.SUPERSEDED)));
        return new Tracking(receipts, out, notReported);
    }

    /** A service's name as returns and the catalogue are matched on: case and outer spaces aside. */
    private static String serviceKey(String service) {
        return service.strip().toLowerCase(Locale.ROOT);
    }

    /** Saved after the end of the due date, council time; a return whose time is not known is not called late. */
    static boolean late(Instant saved, LocalDate due) {
        return saved != null && saved.atZone(COUNCIL_TIME).toLocalDate().isAfter(due);
    }

    private static ReturnReceipt receipt(String service, ReturnFile f, LocalDate due, ReturnReceipt.State state) {
        return new ReturnReceipt(service, f.contact(), f.name(), f.saved(), due, state, 0, 0);
    }
}
