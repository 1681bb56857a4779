-- Typo- and accent-tolerant search on organisations and contacts: pg_trgm (trigram similarity, GIN index) and unaccent,
-- both trusted contrib extensions on PostgreSQL 13+, so the database owner may create them. nr_fold is an IMMUTABLE
-- wrapper (unaccent itself is only STABLE because its dictionary could change) so it can feed generated columns and indexes.
create extension if not exists pg_trgm with schema public;--> statement-breakpoint
create extension if not exists unaccent with schema public;--> statement-breakpoint
create or replace function public.nr_fold(text) returns text
  language sql immutable strict parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
