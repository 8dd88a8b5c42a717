/** Result toasts: one Toaster per pane, reached from any tab. */
import { createContext, useContext } from 'react';

export type Notify = (text: string, intent?: 'success' | 'error' | 'info' | 'warning') => void;
export const NotifyContext = createContext<Notify>(() => undefined);
export const useNotify = (): Notify => useContext(NotifyContext);
