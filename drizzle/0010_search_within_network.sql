-- Search matches over the rows of one network (decision 012): the trigram indexes over all networks serve no query any
-- more and cost every write, the bulk import above all.
DROP INDEX "person_search_trgm_idx";--> statement-breakpoint
DROP INDEX "organisation_search_trgm_idx";