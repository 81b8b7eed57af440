/**
 * The English message catalogue: it defines every key of the interface. Other locales are
 * checked against it (see hi.ts), so adding a locale is a data change.
 *
 * Messages are plain strings with `{name}` placeholders. A message that depends on a count has
 * plural forms as `key_one` / `key_other` (the CLDR categories of Intl.PluralRules); call it by
 * its base key with a numeric `count` parameter.
 */
export const en = {
  // ---------------------------------------------------------------- app shell
  'app.name': 'Khanij Atlas',
  'app.tagline': 'India’s critical minerals on one map',

  // ---------------------------------------------------------------- commands
  'cmd.clear': 'Clear the selection, or close the state view',
  'cmd.zoomToSelection': 'Zoom to the selected feature',
  'cmd.copyLink': 'Copy a link to this view',
  'cmd.fitIndia': 'Show all of India',
  'cmd.togglePanel': 'Show or hide the panel',
  'cmd.toggleTheme': 'Switch between light and dark',
  'cmd.focusMap': 'Move keyboard focus to the map',
  'cmd.about': 'About and sources',
  'notice.linkCopied': 'Link copied to the clipboard',
  'notice.copyRefused': 'The browser did not allow copying. Copy the link from here:',
  'notice.unknownFeature': 'The link names a feature that is not in the data: {id}',

  // ---------------------------------------------------------------- datasets
  'layer.blocks': 'Critical-mineral blocks',
  'layer.exploration': 'Exploration finds',
  'layer.processing': 'Processing & magnets',
  'layer.coal-closures': 'Coal-mine closures',
  'layer.centres': 'Centres of Excellence',
  'layer.overseas': 'Overseas assets',

  // ---------------------------------------------------------------- fields (dataset descriptions)
  'field.name': 'Name',
  'field.minerals': 'Mineral',
  'field.state': 'State',
  'field.district': 'District',
  'field.precision': 'Location precision',
  'field.company': 'Company or bidder',
  'field.status': 'Auction status',
  'field.tranche': 'Tranche',
  'field.licence': 'Licence type',
  'field.yearLatestEvent': 'Year of latest event',
  'field.yearAnnounced': 'Year announced',
  'field.yearClosure': 'Closure year',
  'field.yearRecognised': 'Year recognised',
  'field.yearAgreed': 'Year agreed',
  'field.areaHa': 'Area',
  'field.premiumPct': 'Premium',
  'field.stage': 'Exploration stage',
  'field.plantKind': 'Kind of plant',
  'field.plantStatus': 'Plant status',
  'field.investmentCrore': 'Investment',
  'field.closureStatus': 'Closure status',
  'field.overseasKind': 'Kind of asset',
  'field.country': 'Country',
  'field.year': 'Year',
  'field.layer': 'Layer',

  // ---------------------------------------------------------------- formats
  'month.1': 'Jan',
  'month.2': 'Feb',
  'month.3': 'Mar',
  'month.4': 'Apr',
  'month.5': 'May',
  'month.6': 'Jun',
  'month.7': 'Jul',
  'month.8': 'Aug',
  'month.9': 'Sep',
  'month.10': 'Oct',
  'month.11': 'Nov',
  'month.12': 'Dec',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
