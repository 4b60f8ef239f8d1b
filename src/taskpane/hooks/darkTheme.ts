// Fluent's dark theme on its own, so that it is a chunk of its own: most panes open light and never fetch it.
export { webDarkTheme } from '@fluentui/react-components';
