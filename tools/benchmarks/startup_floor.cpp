// The least a start-up can cost: initialise SDL the way declic does headless,
// open the window and renderer, present one frame, quit.
#include <SDL.h>

int main(int, char**) {
  SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
  SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) return 1;
  SDL_Window* window = SDL_CreateWindow("floor", 0, 0, 1920, 1080, SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_Renderer* renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : nullptr;
  if (!renderer) return 1;
  SDL_SetRenderDrawColor(renderer, 251, 247, 240, 255);
  SDL_RenderClear(renderer);
  SDL_RenderPresent(renderer);
  SDL_DestroyRenderer(renderer);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
