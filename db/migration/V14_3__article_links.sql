-- Links of an imported HTML page's article text (issue 14): candidate sources for claims from their paragraph.
create table article_link (
    id          bigint generated always as identity primary key,
    article_id  bigint not null references article (id) on delete cascade,
    position    integer not null,
    url         text   not null check (url ~* '^https?://'),
    anchor_text text   not null,
    paragraph   text   not null,
    unique (article_id, position)
);
create index article_link_article_idx on article_link (article_id);
