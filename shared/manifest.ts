/**
 * The add-in-only XML manifest for Excel, rendered for the origin that serves the task pane (the Worker's
 * PUBLIC_ORIGIN, or the request's own origin). Pure: the Worker renders it for GET /manifest.xml and the
 * add-in's build writes a copy for localhost; its texts are in messages/manifest.ts.
 */
import { manifestMessages as text } from './messages/manifest';

/** Stable add-in id: changing it makes Excel treat the add-in as a new one. */
export const ADDIN_ID = '1a9f7375-2401-4fe8-84e3-384f41a980ae';
export const ADDIN_VERSION = '1.0.0.0';

/**
 * The ExcelApi version every host must have (decision 0031): Office 2019 and later, Excel on the web. The
 * add-in uses what this brings without asking; anything newer only behind `isSetSupported`.
 */
export const EXCEL_API_FLOOR = '1.8';

/*
 * No <GetStarted> callout: the converter targets the unified manifest 1.17, whose schema has no
 * getStartedMessages, so a manifest with one would not validate offline.
 */

/*
 * Pages are named without ".html": Workers static assets answer "/taskpane.html" with a redirect to
 * "/taskpane", and Office should load the pane without one.
 */

/** Sizes of the icons the build writes to assets/icon-<size>.png. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Normalises an origin ("https://thidua.example.gov.vn/" → "https://thidua.example.gov.vn"). */
export function normalizeOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`Not an http(s) origin: ${origin}`);
  return url.origin;
}

/** Hosts a manifest may point to over plain HTTP: this machine only, so a development server. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a manifest must not be rendered for this origin, or null: Excel loads add-ins only over HTTPS, so a
 * plain-HTTP origin is refused unless it is this machine (development: `npm start`, the tests).
 */
export function manifestOriginProblem(origin: string): 'invalid' | 'insecure' | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return 'invalid';
  return LOOPBACK.has(url.hostname) ? null : 'insecure';
}

export function renderManifest(origin: string): string {
  const o = escapeXml(normalizeOrigin(origin));
  const t = Object.fromEntries(Object.entries(text).map(([k, v]) => [k, escapeXml(v)])) as typeof text;
  const icon = (size: number) => `${o}/assets/icon-${size}.png`;
  const images = ICON_SIZES.filter((s) => s !== 64)
    .map((s) => `<bt:Image size="${s}" resid="Icon.${s}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
  xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${ADDIN_VERSION}</Version>
  <ProviderName>${t.provider}</ProviderName>
  <DefaultLocale>vi-VN</DefaultLocale>
  <DisplayName DefaultValue="${t.name}"/>
  <Description DefaultValue="${t.description}"/>
  <IconUrl DefaultValue="${icon(32)}"/>
  <HighResolutionIconUrl DefaultValue="${icon(64)}"/>
  <SupportUrl DefaultValue="${o}/taskpane"/>
  <AppDomains>
    <AppDomain>${o}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="ExcelApi" MinVersion="${EXCEL_API_FLOOR}"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${o}/taskpane"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <DesktopFormFactor>
          <FunctionFile resid="Commands.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="ThiDua.Group">
                <Label resid="Group.Label"/>
                <Icon>${images}</Icon>
                <Control xsi:type="Button" id="ThiDua.TaskpaneButton">
                  <Label resid="Button.Label"/>
                  <Supertip>
                    <Title resid="Button.Label"/>
                    <Description resid="Button.Tooltip"/>
                  </Supertip>
                  <Icon>${images}</Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>ThiDua.Taskpane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${ICON_SIZES.filter((s) => s !== 64)
  .map((s) => `        <bt:Image id="Icon.${s}" DefaultValue="${icon(s)}"/>`)
  .join('\n')}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Commands.Url" DefaultValue="${o}/commands"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${o}/taskpane"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Group.Label" DefaultValue="${t.group}"/>
        <bt:String id="Button.Label" DefaultValue="${t.button}"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="Button.Tooltip" DefaultValue="${t.tooltip}"/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
