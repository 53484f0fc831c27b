package io.peerlend.disclosure.loanbook;

/**
 * A question about a past date whose rebuild is still under way: answered 202 Accepted with where the rebuild stands
 * and where to ask ({@code Location: /api/disclosure/rebuilds/{date}}); asking the question again later answers it.
 */
public class RebuildPending extends RuntimeException {

    private final transient AsOfRebuilds.Job job;

    public RebuildPending(AsOfRebuilds.Job job) {
        super("the loan book as of " + (job == null ? "that date" : job.id()) + " is being rebuilt from the events");
        this.job = job;
    }

    public AsOfRebuilds.Job job() {
        return job;
    }
}
